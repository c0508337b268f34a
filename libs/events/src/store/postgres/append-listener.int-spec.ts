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

describe('AppendListener (real PostgreSQL): an instance announces its commits, the others wake', () => {
  const schema = `listen_${randomBytes(6).toString('hex')}`;
  const other = `listen_${randomBytes(6).toString('hex')}`;
  let store: PostgresEventStore;
  let listener: AppendListener;
  let writer: AppendListener;
  let otherWriter: AppendListener;
  const wakes = wakeUps();
  const writerWakes = wakeUps();

  beforeAll(async () => {
    store = await PostgresEventStore.open(await pgExecutor(url, 2), schema);
    const started = wakes.next();
    listener = await AppendListener.start(url, schema, wakes.onAppend);
    // It wakes once at start, for what was committed while nobody listened.
    await started;
    writer = await AppendListener.start(url, schema, writerWakes.onAppend);
    otherWriter = await AppendListener.start(url, other, () => {});
  });
  afterAll(async () => {
    for (const l of [listener, writer, otherWriter]) await l?.stop();
    await store?.close();
  });

  it('wakes the other instances when one announces an append it committed, and not itself', async () => {
    await sleep(100);
    const [before, writerBefore] = [wakes.count(), writerWakes.count()];
    const woken = wakes.next();
    const t0 = process.hrtime.bigint();
    await store.appendToStream(`s-${uuidv7()}`, [event(), event()], { expectedVersion: 0 });
    writer.announce();
    await woken;
    expect(Number(process.hrtime.bigint() - t0) / 1e6).toBeLessThan(1000);
    await sleep(200);
    expect(wakes.count()).toBe(before + 1);
    expect(writerWakes.count()).toBe(writerBefore);
  });

  it('folds a burst of announcements into a few: one on its way, at most one more after it', async () => {
    await sleep(100);
    const before = wakes.count();
    for (let i = 0; i < 50; i++) writer.announce();
    await sleep(500);
    expect(wakes.count() - before).toBeGreaterThanOrEqual(1);
    expect(wakes.count() - before).toBeLessThanOrEqual(2);
  });

  it('does not wake for another schema', async () => {
    await sleep(100);
    const before = wakes.count();
    otherWriter.announce();
    await sleep(300);
    expect(wakes.count()).toBe(before);
  });

  it('an append alone notifies nobody: the append transaction takes no NOTIFY lock at commit', async () => {
    await sleep(100);
    const before = wakes.count();
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const { data, ...meta } = event();
      const row = { ...meta, eventId: uuidv7(), schemaVersion: 1, causationId: null, data, personal: null };
      await client.query(appendStatement(schema), [`s-${uuidv7()}`, 0, JSON.stringify([row])]);
      await sleep(300);
      expect(wakes.count()).toBe(before);
    } finally {
      await client.end();
    }
  });
});
