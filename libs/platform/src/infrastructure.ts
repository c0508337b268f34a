import { join } from 'node:path';
import {
  CataloguedEventStore,
  homewardCatalogue,
  InboxConsumer,
  InMemoryReadModelStore,
  KafkaBroker,
  MongoReadModelStore,
  ObservedEventStore,
  PostgresDeadLetters,
  type DeadLetterStore,
  OutboxRelay,
  pgExecutor,
  pgliteExecutor,
  PostgresEventStore,
  ProjectionRunner,
  type BoundedContext,
  type EventCatalogue,
  type EventStore,
  type MessageBroker,
  type Projection,
  type ReadModelStore,
  type SqlExecutor,
} from '@homeward/events';
import type { ServiceConfig } from './config';
import type { Logger } from './observability/logger';

/** Everything a service needs outside itself, opened for its mode. */
export interface Infrastructure {
  catalogue: EventCatalogue;
  store: EventStore;
  broker: MessageBroker;
  readModels: ReadModelStore;
  relay: OutboxRelay;
  projections: ProjectionRunner;
  inbox?: InboxConsumer;
  /** Events from other services this one could not take in (a consumer only). */
  deadLetters?: DeadLetterStore;
  start(): Promise<void>;
  close(): Promise<void>;
}

export interface InfrastructureOptions {
  projections: Projection[];
  /** Other contexts whose events this service copies into its inbox. */
  consumes: BoundedContext[];
  /** Embedded mode shares one in-process broker between the services of one process. */
  sharedBroker?: MessageBroker;
  /** Embedded mode shares one database between them too: a schema per service, as distributed mode has. */
  sharedSql?: SqlExecutor;
  /** Tests substitute a memory store. */
  readModels?: ReadModelStore;
  logger: Logger;
}

export async function openInfrastructure(config: ServiceConfig, options: InfrastructureOptions): Promise<Infrastructure> {
  const catalogue = homewardCatalogue();
  const embedded = config.mode === 'embedded';
  const name = config.namespace ? `${config.service}_${config.namespace}` : config.service;
  const sql = options.sharedSql ?? (embedded ? await pgliteExecutor(join(config.dataDir, config.service, 'eventstore')) : await pgExecutor(config.pgUrl!));
  const store = new ObservedEventStore(new CataloguedEventStore(await PostgresEventStore.open(unclosable(sql, Boolean(options.sharedSql)), name), catalogue));
  const broker =
    options.sharedBroker ??
    (await KafkaBroker.connect({
      brokers: config.kafkaBrokers!,
      clientId: `homeward-${config.service}`,
      topicPrefix: config.topicPrefix,
      log: (level, message, fields) =>
        level === 'error' || level === 'warn' ? options.logger.warn(message, fields) : options.logger.debug?.(message, fields),
    }));
  const readModels =
    options.readModels ??
    (embedded ? new InMemoryReadModelStore() : await MongoReadModelStore.connect(config.mongoUrl!, { dbName: `homeward_${name}` }));
  const logError = (what: string) => (error: unknown) => options.logger.warn(`${what} failed, will retry`, { error: String(error) });
  const projections = new ProjectionRunner(store, readModels, options.projections, logError('projection'));
  const relay = new OutboxRelay(store, broker, catalogue, logError('outbox relay'));
  const deadLetters = options.consumes.length ? await PostgresDeadLetters.open(sql, name) : undefined;
  const inbox = options.consumes.length ? new InboxConsumer(store, broker, catalogue, `homeward-${name}`, options.consumes, deadLetters) : undefined;
  // Whatever is written (a command's events, an imported event) is relayed and projected now, not at the next poll.
  store.onWritten(() => {
    relay.wake();
    projections.wake();
  });
  return {
    catalogue,
    store,
    broker,
    readModels,
    relay,
    projections,
    inbox,
    deadLetters,
    start: async () => {
      projections.start();
      relay.start();
      await inbox?.start();
    },
    close: async () => {
      await inbox?.stop();
      await relay.stop();
      await projections.stop();
      if (!options.sharedBroker) await broker.close();
      await readModels.close();
      await store.close();
    },
  };
}

/** A database the process shares between services stays open until the process closes it. */
function unclosable(sql: SqlExecutor, shared: boolean): SqlExecutor {
  return shared ? { ...sql, close: async () => {} } : sql;
}
