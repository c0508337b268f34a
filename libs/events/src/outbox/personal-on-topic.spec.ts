import { randomUUID } from 'node:crypto';
import { InProcessBroker } from '../broker/in-process-broker';
import type { IncomingMessage } from '../broker/message-broker.port';
import { EventCatalogue } from '../catalogue/event-catalogue';
import { topicOf } from '../catalogue/event-definition';
import type { NewEvent, RecordedEvent } from '../envelope';
import { InvalidEventError } from '../errors';
import { MasterKey } from '../privacy/master-key';
import { PostgresKeyStore } from '../privacy/postgres-key-store';
import { SealingEventStore } from '../privacy/sealing-event-store';
import { CataloguedEventStore } from '../store/catalogued-event-store';
import type { EventStore } from '../store/event-store.port';
import { pgliteExecutor } from '../store/postgres/drivers';
import { PostgresEventStore } from '../store/postgres/postgres-event-store';
import type { SqlExecutor } from '../store/postgres/sql-executor';
import { InboxConsumer } from './inbox-consumer';
import { OutboxRelay } from './outbox-relay';

const personal = { type: 'object', additionalProperties: false, properties: { firstName: { type: 'string' }, condition: { type: 'string' } } };
/** Like intake's: one type whose personal part travels (sealed under the person's personal key), one whose part stays behind. */
const catalogue = new EventCatalogue([
  {
    type: 'test.DetailsShared',
    context: 'intake',
    description: 'What the organisation’s services may know, under consent',
    versions: { 1: { type: 'object', additionalProperties: false, required: ['caseId'], properties: { caseId: { type: 'string' }, kind: { type: 'string' }, personal } } },
    sensitive: (data) => data.kind === 'health',
    personalOnTopic: true,
  },
  {
    type: 'test.NoteTaken',
    context: 'intake',
    description: 'What was said, which stays in intake',
    versions: { 1: { type: 'object', additionalProperties: false, required: ['caseId'], properties: { caseId: { type: 'string' }, personal } } },
  },
]);
const GRANTS = { intake: ['personal', 'sensitive'], monitoring: ['personal'] } as const;
const TOPIC = topicOf('intake');

const event = (type: string, caseId: string, data: Record<string, unknown>): NewEvent => ({
  type,
  occurredAt: '2026-11-23T09:00:00.000Z',
  actor: { userId: 'cm-7', role: 'case_manager' },
  country: 'MA',
  correlationId: randomUUID(),
  data: { caseId, ...data },
});

describe('What of a personal part the relay puts on a topic', () => {
  let sql: SqlExecutor;
  const master = MasterKey.parse(MasterKey.generate());
  let run = 0;
  let raw: PostgresEventStore;
  let intake: EventStore;
  let monitoring: EventStore;
  let consumerSchema: string;
  let broker: InProcessBroker;
  let published: IncomingMessage[];
  let relay: OutboxRelay;
  let inbox: InboxConsumer;

  beforeAll(async () => (sql = await pgliteExecutor()));
  afterAll(() => sql.close());

  /** Intake's store as a service runs it (sealing below the catalogue), the relay on its log as stored, monitoring importing from the topic. */
  beforeEach(async () => {
    run++;
    raw = await PostgresEventStore.open(sql, `producer_${run}`);
    intake = new CataloguedEventStore(new SealingEventStore(raw, await PostgresKeyStore.open(sql, 'keys', master, 'intake', GRANTS), catalogue), catalogue);
    consumerSchema = `consumer_${run}`;
    const consumerRaw = await PostgresEventStore.open(sql, consumerSchema);
    monitoring = new CataloguedEventStore(new SealingEventStore(consumerRaw, await PostgresKeyStore.open(sql, 'keys', master, 'monitoring', GRANTS), catalogue), catalogue);
    broker = new InProcessBroker();
    published = [];
    await broker.subscribe({ groupId: 'wire', topics: [TOPIC], handle: async (m) => void published.push(m) });
    inbox = new InboxConsumer(monitoring, broker, catalogue, 'monitoring', ['intake']);
    await inbox.start();
    relay = new OutboxRelay(raw, broker, catalogue);
  });
  afterEach(async () => {
    await relay.stop();
    await inbox.stop();
    await broker.close();
  });

  const relayed = async () => {
    relay.start();
    await relay.caughtUp();
    return published.map((m) => m.event);
  };
  const storedPersonal = async (schema: string, streamId: string) =>
    (await sql.query<{ personal: string | null }>(`SELECT personal::text AS personal FROM ${schema}.events WHERE stream_id = $1`, [streamId])).rows.map((r) => r.personal);

  it('carries the part of a type that travels sealed exactly as stored, which the consumer stores as received and opens with its own role', async () => {
    const caseId = randomUUID();
    await intake.appendToStream(`case-${caseId}`, [event('test.DetailsShared', caseId, { personal: { firstName: 'Zeynabou-Distinctive' } })], { expectedVersion: 0 });
    const [onTopic] = await relayed();

    const [asStored] = await storedPersonal(`producer_${run}`, `case-${caseId}`);
    expect(onTopic.data.personal).toEqual(JSON.parse(asStored!));
    expect(onTopic.data.personal).toEqual({ $sealed: expect.objectContaining({ keyClass: 'personal' }) });
    expect(JSON.stringify(onTopic)).not.toContain('Zeynabou');

    const inboxStream = `inbox.intake.case-${caseId}`;
    const [inInbox] = await storedPersonal(consumerSchema, inboxStream);
    expect(JSON.parse(inInbox!)).toEqual(JSON.parse(asStored!));
    // The seal is bound to the event id, which the import keeps: monitoring's key opens it.
    const [read] = await monitoring.readStream(inboxStream);
    expect(read.eventId).toBe(onTopic.eventId);
    expect(read.data.personal).toEqual({ firstName: 'Zeynabou-Distinctive' });
  });

  it('strips the personal part of every other type', async () => {
    const caseId = randomUUID();
    await intake.appendToStream(`case-${caseId}`, [event('test.NoteTaken', caseId, { personal: { firstName: 'Awa' } })], { expectedVersion: 0 });
    const [onTopic] = await relayed();
    expect(onTopic.data).toEqual({ caseId });
    const [inInbox] = await storedPersonal(consumerSchema, `inbox.intake.case-${caseId}`);
    expect(JSON.parse(inInbox ?? 'null')).toBeNull();
  });

  it('never carries a part sealed under the sensitive key, even of a type that travels', async () => {
    const caseId = randomUUID();
    await intake.appendToStream(`case-${caseId}`, [event('test.DetailsShared', caseId, { kind: 'health', personal: { condition: 'diabetes' } })], { expectedVersion: 0 });
    const [onTopic] = await relayed();
    expect(onTopic.data).toEqual({ caseId, kind: 'health' });
  });

  it('never carries a part in the clear: a log that was not sealed keeps its personal parts', async () => {
    const caseId = randomUUID();
    const unsealed = await PostgresEventStore.open(sql, `unsealed_${run}`);
    await new CataloguedEventStore(unsealed, catalogue).appendToStream(`case-${caseId}`, [event('test.DetailsShared', caseId, { personal: { firstName: 'Awa' } })], { expectedVersion: 0 });
    relay = new OutboxRelay(unsealed, broker, catalogue);
    const [onTopic] = await relayed();
    expect(onTopic.data).toEqual({ caseId });
  });

  describe('an inbox refuses a sealed part it could only fail to read later', () => {
    type Seal = { $sealed: Record<string, string> };
    /** A seal as it came off the topic, on an event changed as a forger would. */
    const forged = async (type: string, change: (seal: Seal) => unknown): Promise<RecordedEvent> => {
      const caseId = randomUUID();
      await intake.appendToStream(`case-${caseId}`, [event('test.DetailsShared', caseId, { personal: { firstName: 'Awa' } })], { expectedVersion: 0 });
      const [onTopic] = await relayed();
      return { ...onTopic, streamId: `case-${randomUUID()}`, type, data: { caseId, personal: change(onTopic.data.personal as Seal) as Record<string, unknown> } };
    };

    it.each([
      ['on a type whose part does not travel', 'test.NoteTaken', (s: Seal) => s],
      ['under the sensitive key', 'test.DetailsShared', (s: Seal) => ({ $sealed: { ...s.$sealed, keyClass: 'sensitive' } })],
      ['without its key id', 'test.DetailsShared', (s: Seal) => ({ $sealed: { ...s.$sealed, keyId: 'k' } })],
      ['with something beside the seal', 'test.DetailsShared', (s: Seal) => ({ ...s, firstName: 'Awa' })],
    ])('%s', async (_what, type, change) => {
      const event = await forged(type, change);
      await expect(monitoring.importEvents(`inbox.intake.${event.streamId}`, [event])).rejects.toBeInstanceOf(InvalidEventError);
      expect(await storedPersonal(consumerSchema, `inbox.intake.${event.streamId}`)).toEqual([]);
    });
  });
});
