/**
 * Where a Docker engine answers, the jest global setup starts the same three servers as
 * infra/ with testcontainers, on the same fixed loopback ports (Kafka advertises its
 * listener address, so its port cannot be random). Containers are reaped when jest exits.
 * Our CI machines have no Docker engine, so this path is exercised only on developer machines.
 */
const { GenericContainer, Wait } = require('testcontainers');

const PG = { port: 55432, user: 'homeward', password: 'homeward', db: 'homeward' };
const KAFKA_PORT = 19092;
const MONGO_PORT = 37017;

exports.start = async function start() {
  console.log('\n[homeward] Docker found: starting PostgreSQL, Kafka and FerretDB with testcontainers');
  const [pg, kafka, mongo] = await Promise.all([
    new GenericContainer('postgres:15')
      .withEnvironment({ POSTGRES_USER: PG.user, POSTGRES_PASSWORD: PG.password, POSTGRES_DB: PG.db })
      .withExposedPorts({ container: 5432, host: PG.port })
      .withWaitStrategy(Wait.forLogMessage(/database system is ready to accept connections/, 2))
      .start(),
    new GenericContainer('apache/kafka:4.1.1')
      .withEnvironment({
        KAFKA_NODE_ID: '1',
        KAFKA_PROCESS_ROLES: 'broker,controller',
        KAFKA_LISTENERS: `PLAINTEXT://0.0.0.0:${KAFKA_PORT},CONTROLLER://0.0.0.0:19093`,
        KAFKA_ADVERTISED_LISTENERS: `PLAINTEXT://127.0.0.1:${KAFKA_PORT}`,
        KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
        KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
        KAFKA_CONTROLLER_QUORUM_VOTERS: '1@127.0.0.1:19093',
        KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
        KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
        KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
        KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR: '1',
        KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR: '1',
        KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: '0',
        KAFKA_NUM_PARTITIONS: '3',
      })
      .withExposedPorts({ container: KAFKA_PORT, host: KAFKA_PORT })
      .withWaitStrategy(Wait.forLogMessage(/Kafka Server started/))
      .start(),
    new GenericContainer('ghcr.io/ferretdb/ferretdb:1.24.1')
      .withEnvironment({ FERRETDB_HANDLER: 'sqlite', FERRETDB_TELEMETRY: 'disable' })
      .withExposedPorts({ container: 27017, host: MONGO_PORT })
      .withWaitStrategy(Wait.forListeningPorts())
      .start(),
  ]);
  process.env.HOMEWARD_PG_URL = `postgres://${PG.user}:${PG.password}@127.0.0.1:${PG.port}/${PG.db}`;
  process.env.HOMEWARD_KAFKA_BROKERS = `127.0.0.1:${KAFKA_PORT}`;
  process.env.HOMEWARD_MONGO_URL = `mongodb://127.0.0.1:${MONGO_PORT}/homeward`;
  globalThis.__HOMEWARD_CONTAINERS__ = [pg, kafka, mongo];
};
