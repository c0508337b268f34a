import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BoundedContext, Clock, IdGenerator, MessageBroker, SqlExecutor } from '@homeward/events';
import { startService, type DevClock, type Mode, type RunningService, type ServiceConfig, type ServiceDefinition } from '@homeward/platform';
import { COUNTRY_CODES, createLogger } from '@homeward/platform';
import { TEST_ISSUER, TEST_SECRET } from './test-auth';

export interface TestServiceOptions {
  mode: Mode;
  dataDir?: string;
  /** Distributed mode: PostgreSQL schema and Mongo database names get this suffix, so runs do not share state. */
  namespace?: string;
  sharedBroker?: MessageBroker;
  /** Embedded mode: one database for the services of a test, as `npm start` has (each its schemas; one key store). */
  sharedSql?: SqlExecutor;
  /** Distributed mode: another Kafka than HOMEWARD_KAFKA_BROKERS (a test's private one). */
  kafkaBrokers?: string[];
  /** The service's clock (a ManualClock to see what the time of day does). */
  clock?: Clock;
  /** Embedded mode: the clock the services of a test share and an admin moves (HOMEWARD_DEV_CLOCK=1 in npm start). */
  devClock?: DevClock;
  /** Where new ids come from (sequentialIds to name them in advance). */
  ids?: IdGenerator;
  /** As HOMEWARD_OFFICE_TIME_ZONES would set them. */
  officeTimeZones?: ServiceConfig['officeTimeZones'];
  /** Where read models live; as configured by default (the embedded database; MongoDB in distributed mode). */
  readModels?: ServiceConfig['readModels'];
}

/**
 * Tests write "today" as the UTC day (day() in the scenarios), so unless a test sets the zones
 * it studies, every office counts days in UTC: a run at 23:30 UTC means the same day in Rabat
 * (UTC+1) and in Dakar, and no test depends on the hour it runs.
 */
const EVERY_OFFICE_IN_UTC = Object.fromEntries(COUNTRY_CODES.map((country) => [country, 'UTC']));

/** A fixed master key, as TEST_SECRET is a fixed signing secret: tests only (a CLI a test runs is given it as HOMEWARD_MASTER_KEY). */
export const TEST_MASTER_KEY = '7e57'.repeat(16);

/** Starts one service on a free loopback port, quiet unless HOMEWARD_LOG_LEVEL says otherwise. */
export function startTestService(service: BoundedContext, definition: ServiceDefinition, options: TestServiceOptions): Promise<RunningService> {
  const config: ServiceConfig = {
    service,
    mode: options.mode,
    port: 0,
    dataDir: options.dataDir ?? mkdtempSync(join(tmpdir(), 'homeward-')),
    pgUrl: process.env.HOMEWARD_PG_URL,
    kafkaBrokers: options.kafkaBrokers ?? process.env.HOMEWARD_KAFKA_BROKERS?.split(','),
    mongoUrl: process.env.HOMEWARD_MONGO_URL,
    auth: { secret: TEST_SECRET, issuer: TEST_ISSUER },
    namespace: options.namespace,
    // A run's own topics: events another run (or another branch's schemas) left on the shared cluster never reach it.
    topicPrefix: options.namespace ? `${options.namespace}.` : undefined,
    logFormat: 'json',
    officeTimeZones: options.officeTimeZones ?? EVERY_OFFICE_IN_UTC,
    readModels: options.readModels ?? (options.mode === 'embedded' ? 'postgres' : 'mongo'),
    // One key for every service of a test: each unwraps the keys the others made, as instances of one deployment do.
    masterKey: { value: TEST_MASTER_KEY, file: '' },
  };
  return startService(config, definition, {
    sharedBroker: options.sharedBroker,
    sharedSql: options.sharedSql,
    clock: options.clock,
    devClock: options.devClock,
    ids: options.ids,
    logger: createLogger(service, process.env.HOMEWARD_LOG_LEVEL ?? 'silent'),
  });
}

/** Polls until the check passes or the deadline is reached; returns the last value. */
export async function eventually<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 30000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}
