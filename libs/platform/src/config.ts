import { homedir } from 'node:os';
import { join } from 'node:path';
import type { BoundedContext } from '@homeward/events';
import { parseOfficeTimeZones, type OfficeTimeZones } from './calendar/office-time-zones';
import type { LogFormat } from './observability/logger';

export type Mode = 'embedded' | 'distributed';

export interface ServiceConfig {
  service: BoundedContext;
  mode: Mode;
  port: number;
  /** embedded: PGlite directory; distributed: unused. */
  dataDir: string;
  /** embedded: where the empty cluster a new data directory is copied from is kept (HOMEWARD_CACHE); none: initdb each time. */
  cacheDir?: string;
  pgUrl?: string;
  kafkaBrokers?: string[];
  mongoUrl?: string;
  auth: { secret?: string; jwksUrl?: string; issuer: string; maxLifetimeSeconds?: number };
  /** Suffix for the PostgreSQL schema, Mongo database and consumer group: isolates test runs on shared servers. */
  namespace?: string;
  /** Before every Kafka topic name: deployments (and test runs) sharing a cluster keep apart. */
  topicPrefix?: string;
  logFormat: LogFormat;
  /** Time zones of offices by country, where the tz database's default is not the one (HOMEWARD_OFFICE_TIME_ZONES). */
  officeTimeZones?: OfficeTimeZones;
  /** Where read models live: PostgreSQL (the embedded database, or the service's server) or the MongoDB-wire server. */
  readModels: 'postgres' | 'mongo';
  /** Distributed mode: how long an instance holds the relay's and the projections' lease without renewing it. */
  leaseTermMs?: number;
  /** The key that wraps every person's data keys: given (HOMEWARD_MASTER_KEY), or the file holding it, made on first use. */
  masterKey: { value?: string; file: string };
  /** Embedded mode, on request (HOMEWARD_DEV_CLOCK=1): a clock an admin moves forward (/dev/clock), for walk-throughs. */
  devClock?: boolean;
}

/** Reads a service's configuration from HOMEWARD_* variables; fails fast on what distributed mode cannot run without. */
export function configFromEnv({ name: service, port }: { name: BoundedContext; port: number }, env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const mode: Mode = env.HOMEWARD_MODE === 'distributed' ? 'distributed' : 'embedded';
  const portVar = env[`HOMEWARD_${service.toUpperCase()}_PORT`] ?? env.PORT;
  const config: ServiceConfig = {
    service,
    mode,
    port: portVar ? Number(portVar) : port,
    dataDir: env.HOMEWARD_DATA_DIR ?? 'data',
    cacheDir: env.HOMEWARD_CACHE ?? join(homedir(), '.cache', 'homeward'),
    pgUrl: env.HOMEWARD_PG_URL,
    kafkaBrokers: env.HOMEWARD_KAFKA_BROKERS?.split(',').filter(Boolean),
    mongoUrl: env.HOMEWARD_MONGO_URL,
    auth: {
      secret: env.HOMEWARD_JWT_SECRET,
      jwksUrl: env.HOMEWARD_JWKS_URL,
      issuer: env.HOMEWARD_JWT_ISSUER ?? 'homeward',
      maxLifetimeSeconds: env.HOMEWARD_JWT_MAX_TTL === undefined ? undefined : durationSeconds('HOMEWARD_JWT_MAX_TTL', env.HOMEWARD_JWT_MAX_TTL),
    },
    namespace: env.HOMEWARD_NAMESPACE,
    topicPrefix: env.HOMEWARD_TOPIC_PREFIX,
    logFormat: logFormatOf(env, mode),
    officeTimeZones: parseOfficeTimeZones('HOMEWARD_OFFICE_TIME_ZONES', env.HOMEWARD_OFFICE_TIME_ZONES),
    readModels: readModelsOf(env, mode),
    leaseTermMs: env.HOMEWARD_LEASE_TERM === undefined ? undefined : durationSeconds('HOMEWARD_LEASE_TERM', env.HOMEWARD_LEASE_TERM) * 1000,
    masterKey: { value: env.HOMEWARD_MASTER_KEY, file: env.HOMEWARD_MASTER_KEY_FILE ?? join(env.HOMEWARD_DATA_DIR ?? 'data', 'master-key') },
    devClock: env.HOMEWARD_DEV_CLOCK === '1',
  };
  // A deployment's events are dated by the real time: no one may move it, so the switch stops the start instead of being ignored.
  if (mode === 'distributed' && config.devClock) throw new Error('HOMEWARD_DEV_CLOCK is for embedded mode only (npm start); unset it in distributed mode');
  if (mode === 'distributed') {
    const missing = ['HOMEWARD_PG_URL', 'HOMEWARD_KAFKA_BROKERS', ...(config.readModels === 'mongo' ? ['HOMEWARD_MONGO_URL'] : [])].filter((k) => !env[k]);
    if (!config.auth.secret && !config.auth.jwksUrl) missing.push('HOMEWARD_JWT_SECRET or HOMEWARD_JWKS_URL');
    if (missing.length) throw new Error(`Distributed mode needs ${missing.join(', ')} (source infra/env.sh)`);
  }
  return config;
}

/** Embedded mode keeps them in its own database; distributed mode defaults to MongoDB, PostgreSQL on request. */
function readModelsOf(env: NodeJS.ProcessEnv, mode: Mode): ServiceConfig['readModels'] {
  const chosen = env.HOMEWARD_READ_MODELS;
  if (chosen === 'postgres' || chosen === 'mongo') return chosen;
  if (chosen) throw new Error(`HOMEWARD_READ_MODELS must be postgres or mongo (got "${chosen}")`);
  return mode === 'embedded' ? 'postgres' : 'mongo';
}

/**
 * Readable lines for someone running `npm start` at a terminal; JSON when the output goes to a
 * file or a collector, and in distributed mode. HOMEWARD_LOG_FORMAT=json|readable decides otherwise.
 */
function logFormatOf(env: NodeJS.ProcessEnv, mode: Mode): LogFormat {
  if (env.HOMEWARD_LOG_FORMAT === 'json' || env.HOMEWARD_LOG_FORMAT === 'readable') return env.HOMEWARD_LOG_FORMAT;
  return mode === 'embedded' && process.stdout.isTTY ? 'readable' : 'json';
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** Seconds, written as a number of seconds (3600) or with a unit (90s, 30m, 12h, 1d). */
export function durationSeconds(variable: string, text: string): number {
  const match = /^\s*(\d+)\s*([smhd]?)\s*$/i.exec(text);
  const seconds = match ? Number(match[1]) * UNIT_SECONDS[match[2].toLowerCase() || 's'] : NaN;
  if (!(seconds > 0)) throw new Error(`${variable} must be a positive duration such as 43200, 30m or 12h (got "${text}")`);
  return seconds;
}
