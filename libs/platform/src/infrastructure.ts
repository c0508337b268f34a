import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import {
  AppendListener,
  CataloguedEventStore,
  catalogueOf,
  InboxConsumer,
  KafkaBroker,
  LeaderOnly,
  PostgresLease,
  MongoReadModelStore,
  ObservedEventStore,
  PostgresAccessLog,
  PostgresDeadLetters,
  type DeadLetterStore,
  OutboxRelay,
  pgExecutor,
  pgliteExecutor,
  PostgresEventStore,
  PostgresKeyStore,
  PostgresReadModelStore,
  ProjectionRunner,
  SealingEventStore,
  type KeyClass,
  type ContextContract,
  type EventCatalogue,
  type EventStore,
  type MessageBroker,
  type Projection,
  type ReadModelStore,
  type SqlExecutor,
  VersionedReadModelStore,
  type Worker,
  type Clock,
  systemClock,
} from '@homeward/events';
import type { ServiceConfig } from './config';
import type { Logger } from './observability/logger';
import { masterKeyOf } from './privacy/master-key-source';
import { ServiceReactions } from './reactions/service-reactions';
import { BufferedAccessLog } from './access-log/buffered-access-log';

/** Everything a service needs outside itself, opened for its mode. */
export interface Infrastructure {
  catalogue: EventCatalogue;
  store: EventStore;
  broker: MessageBroker;
  readModels: VersionedReadModelStore;
  relay: OutboxRelay;
  projections: ProjectionRunner;
  /** Its reactions: idle until startService gives them their dispatcher; then on the lease holder only. */
  reactions: ServiceReactions;
  inbox?: InboxConsumer;
  /** Who this instance is, in the leases it holds. */
  instanceId: string;
  /** Whether this instance runs the relay now (always in embedded mode; the lease holder in distributed mode). */
  relaying(): boolean;
  /** Who read which case's file or personal data here: queued by each read, written in batches (access-log/). */
  accessLog: BufferedAccessLog;
  /** Events from other services this one could not take in (a consumer only). */
  deadLetters?: DeadLetterStore;
  start(): Promise<void>;
  close(): Promise<void>;
}

export interface InfrastructureOptions {
  projections: Projection[];
  /** What this service publishes: the events it appends, validated against it. */
  publishes?: ContextContract;
  /** The contracts of other contexts whose events this service copies into its inbox. */
  consumes: ContextContract[];
  /** Embedded mode shares one in-process broker between the services of one process. */
  sharedBroker?: MessageBroker;
  /** Embedded mode shares one database between them too: a schema per service, as distributed mode has. */
  sharedSql?: SqlExecutor;
  /** Tests substitute a memory store. */
  readModels?: ReadModelStore;
  /** The classes of people's data keys it may use: personal only, unless it keeps their sensitive data too. */
  keyClasses?: KeyClass[];
  /** Whose time its deadlines are judged by (the system's unless a test moves its own). */
  clock?: Clock;
  logger: Logger;
}

export async function openInfrastructure(config: ServiceConfig, options: InfrastructureOptions): Promise<Infrastructure> {
  const catalogue = catalogueOf([...(options.publishes ? [options.publishes] : []), ...options.consumes]);
  const embedded = config.mode === 'embedded';
  const name = serviceSchema(config);
  const sql = options.sharedSql ?? (embedded ? await pgliteExecutor(join(config.dataDir, config.service, 'eventstore'), { templates: config.cacheDir }) : await pgExecutor(config.pgUrl!));
  const keys = await PostgresKeyStore.open(sql, keySchema(config), masterKeyOf(config), config.service, { [config.service]: options.keyClasses ?? ['personal'] });
  const events = await PostgresEventStore.open(unclosable(sql, Boolean(options.sharedSql)), name);
  // Sealed below the catalogue: schemas and upcasters see the personal part in the clear, the database never does.
  const store = new ObservedEventStore(new CataloguedEventStore(new SealingEventStore(events, keys, catalogue), catalogue));
  const broker =
    options.sharedBroker ??
    (await KafkaBroker.connect({
      brokers: config.kafkaBrokers!,
      clientId: `homeward-${config.service}`,
      topicPrefix: config.topicPrefix,
      log: (level, message, fields) =>
        level === 'error' || level === 'warn' ? options.logger.warn(message, fields) : options.logger.debug?.(message, fields),
    }));
  // Versioned, so a rebuild fills a new version beside the one instances read and write, and switches them over.
  const readModels = new VersionedReadModelStore(
    options.readModels ??
      (config.readModels === 'mongo'
        ? await MongoReadModelStore.connect(config.mongoUrl!, { dbName: `homeward_${name}` })
        : await PostgresReadModelStore.open(sql, `${name}_read_models`)),
    { alone: embedded },
  );
  for (const p of options.projections) await readModels.declare(p.collection, p.indexes ?? []);
  const logError = (what: string) => (error: unknown) => options.logger.warn(`${what} failed, will retry`, { error: String(error) });
  const projections = new ProjectionRunner(store, readModels, options.projections, logError('projection'));
  // The relay reads the log as stored: what it publishes of a personal part leaves sealed, so it never opens one.
  const relay = new OutboxRelay(events, broker, catalogue, logError('outbox relay'));
  // In the service's own schema, beside its events: the same database, backed up and kept with them.
  const accessLog = new BufferedAccessLog(await PostgresAccessLog.open(sql, name), (problem, error) => options.logger.warn(problem, error === undefined ? undefined : { error: String(error) }));
  const deadLetters = options.consumes.length ? await PostgresDeadLetters.open(sql, name) : undefined;
  const inbox = options.consumes.length ? new InboxConsumer(store, broker, catalogue, `homeward-${name}`, options.consumes.map((c) => c.context), deadLetters) : undefined;
  const instanceId = `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
  // Instances of a service share its outbox checkpoint, and its read models unless they are in memory: one of
  // them relays, one projects, and another takes over when it dies. One process alone (embedded) needs no lease.
  const leaseTermMs = config.leaseTermMs ?? DEFAULT_LEASE_TERM_MS;
  const onlyOne = async (lease: string, worker: Worker): Promise<Pick<LeaderOnly, 'start' | 'stop' | 'leading'>> =>
    embedded ? alwaysLeading(worker) : new LeaderOnly(await PostgresLease.open(sql, name, lease, instanceId, leaseTermMs), worker, leaseTermMs / 3, logError(`${lease} lease`));
  const relayWorker = await onlyOne(OutboxRelay.CHECKPOINT, relay);
  const projectionWorker = embedded ? alwaysLeading(projections) : await onlyOne('projections', projections);
  const reactions = new ServiceReactions(store, readModels, options.clock ?? systemClock, onlyOne, options.logger);
  // Whatever is written (a command's events, an imported event) is relayed and projected now, not at the next poll;
  // in distributed mode also what another instance of the service wrote, which it announces after its commit (LISTEN/NOTIFY).
  const wakeReaders = () => {
    relay.wake();
    projections.wake();
    reactions.wake();
  };
  const listener = embedded || options.sharedSql ? undefined : await AppendListener.start(config.pgUrl!, name, wakeReaders, logError('append listener'));
  store.onWritten(() => {
    wakeReaders();
    listener?.announce();
  });
  return {
    catalogue,
    store,
    broker,
    readModels,
    relay,
    projections,
    reactions,
    inbox,
    accessLog,
    deadLetters,
    instanceId,
    relaying: () => relayWorker.leading,
    start: async () => {
      await projectionWorker.start();
      await relayWorker.start();
      await inbox?.start();
    },
    close: async () => {
      await listener?.stop();
      await reactions.stop();
      await inbox?.stop();
      await relayWorker.stop();
      await projectionWorker.stop();
      if (!options.sharedBroker) await broker.close();
      await readModels.close();
      // After the app has closed (no read can queue more), before the database does.
      await accessLog.close();
      await store.close();
    },
  };
}

/** People's data keys: one schema for all services (each service unwraps what its grants allow), beside theirs. */
export function keySchema(config: Pick<ServiceConfig, 'namespace'>): string {
  return config.namespace ? `keys_${config.namespace}` : 'keys';
}

/** The service's PostgreSQL schema (and the stem of its Mongo database and consumer group). */
export function serviceSchema(config: Pick<ServiceConfig, 'service' | 'namespace'>): string {
  return config.namespace ? `${config.service}_${config.namespace}` : config.service;
}

/** A term long enough to ride out a slow query, short enough that a dead holder is replaced within seconds. */
const DEFAULT_LEASE_TERM_MS = 6000;

/** A worker that is the only one of its kind: it runs from start to stop. */
function alwaysLeading(worker: Worker): Pick<LeaderOnly, 'start' | 'stop' | 'leading'> {
  let running = false;
  return {
    get leading() {
      return running;
    },
    start: async () => {
      running = true;
      worker.start();
    },
    stop: async () => {
      running = false;
      await worker.stop();
    },
  };
}

/** A database the process shares between services stays open until the process closes it. */
function unclosable(sql: SqlExecutor, shared: boolean): SqlExecutor {
  return shared ? { ...sql, close: async () => {} } : sql;
}
