import { randomBytes } from 'node:crypto';
import { eventStoreContract, type EventStoreFixture } from '../../testing/event-store.contract';
// Cheap to import: the store loads the ESDB client itself, on connect.
import { EsdbEventStore } from './esdb-event-store';

/**
 * The shared contract against a real EventStoreDB/KurrentDB. Unlike PostgreSQL, Kafka and MongoDB,
 * no ESDB server is started by the jest global setup (it cannot be installed without Docker or a
 * vendor download), so this suite runs only when ESDB_URL points at one, and otherwise shows up as
 * skipped, with the reason in its title, rather than passing silently.
 */
const url = process.env.ESDB_URL;
const HOW_TO_RUN = 'set ESDB_URL=esdb://127.0.0.1:2113?tls=false to run it';

async function open(): Promise<EventStoreFixture> {
  // A prefix per run: this run's readAll and headPosition see only its own streams.
  const store = await EsdbEventStore.connect(url!, { prefix: `contract-${randomBytes(6).toString('hex')}-` });
  // No tamper attempts: the adapter exposes no delete, and ESDB cannot edit an event in place.
  // Deleting a whole stream through the raw client would succeed unless ACLs deny $delete to the
  // service user, which is deployment configuration, not something this adapter can prove.
  return { store, tamperAttempts: [] };
}

if (url) {
  eventStoreContract('EventStoreDB/KurrentDB', open);
} else {
  // Straight to stderr: jest does not print the console output of a suite whose tests all skip.
  process.stderr.write(`\n[homeward] EventStoreDB contract SKIPPED: ${HOW_TO_RUN}\n`);
  describe.skip(`EventStoreDB contract SKIPPED: ${HOW_TO_RUN}`, () => eventStoreContract('EventStoreDB/KurrentDB', open));
}
