import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { requireEnv } from '../../testing/require-env';
import type { NewEvent } from '../../envelope';
import { uuidv7 } from '../../uuid';
import { AppendListener } from './append-listener';
import { pgExecutor } from './drivers';
import { PostgresEventStore } from './postgres-event-store';
import { appendStatement } from './schema.sql';

const url = requireEnv('HOMEWARD_PG_URL');
const event = (): NewEvent => ({
  type: 'test.Noted',
  occurredAt: new Date().toISOString(),
  actor: { userId: 'u-1', role: 'case_manager' },
  country: 'SN',
  correlationId: 'corr-1',
  data: { text: 'x' },
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Counts the wake-ups a listener gets, and says when the next one comes. */
function wakeUps() {
  let count = 0;
  let next: (() => void) | undefined;
  return {
    onAppend: () => {
      count++;
      next?.();
    },
    count: () => count,
    next: () => new Promise<void>((resolve) => (next = resolve)),
  };
}

describe('AppendListener (real PostgreSQL): readers in another process wake on commit', () => {
  const schema = `listen_${randomBytes(6).toString('hex')}`;
  const other = `listen_${randomBytes(6).toString('hex')}`;
  let store: PostgresEventStore;
  let otherStore: PostgresEventStore;
  let listener: AppendListener;
  const wakes = wakeUps();

  beforeAll(async () => {
    store = await PostgresEventStore.open(await pgExecutor(url, 2), schema);
    otherStore = await PostgresEventStore.open(await pgExecutor(url, 2), other);
    const started = wakes.next();
    listener = await AppendListener.start(url, schema, wakes.onAppend);
    // It wakes once at start, for what was committed while nobody listened.
    await started;
  });
  afterAll(async () => {
    await listener?.stop();
    await store?.close();
    await otherStore?.close();
  });

  it('wakes when an append to its schema commits, from any connection', async () => {
    const woken = wakes.next();
    const before = wakes.count();
    const t0 = process.hrtime.bigint();
    await store.appendToStream(`s-${uuidv7()}`, [event(), event()], { expectedVersion: 0 });
    await woken;
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    expect(ms).toBeLessThan(1000);
    // One notification per transaction, whatever its number of rows.
    await sleep(100);
    expect(wakes.count()).toBe(before + 1);
  });

  it('does not wake for another schema', async () => {
    const before = wakes.count();
    await otherStore.appendToStream(`s-${uuidv7()}`, [event()], { expectedVersion: 0 });
    await sleep(300);
    expect(wakes.count()).toBe(before);
  });

  it('wakes on commit, not on insert: a transaction held open wakes nobody until it commits', async () => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const before = wakes.count();
      await client.query('BEGIN');
      const { data, ...meta } = event();
      const row = { ...meta, eventId: uuidv7(), schemaVersion: 1, causationId: null, data, personal: null };
      await client.query(appendStatement(schema), [`s-${uuidv7()}`, 0, JSON.stringify([row])]);
      await sleep(300);
      expect(wakes.count()).toBe(before);
      const woken = wakes.next();
      await client.query('COMMIT');
      await woken;
      expect(wakes.count()).toBe(before + 1);
    } finally {
      await client.end();
    }
  });
});
