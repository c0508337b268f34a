import { pgliteExecutor } from '../store/postgres/drivers';
import type { SqlExecutor } from '../store/postgres/sql-executor';
import { LeaderOnly, type Worker } from './leader-only';
import { PostgresLease } from './lease';

/** A worker that says whether it runs. */
class Counting implements Worker {
  running = false;
  starts = 0;
  start(): void {
    this.running = true;
    this.starts++;
  }
  async stop(): Promise<void> {
    this.running = false;
  }
}

const until = async (ok: () => boolean, timeoutMs = 3000) => {
  const deadline = Date.now() + timeoutMs;
  while (!ok() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return ok();
};

describe('One instance at a time: a lease in the service schema', () => {
  let sql: SqlExecutor;
  let run = 0;
  let schema: string;
  beforeAll(async () => (sql = await pgliteExecutor()));
  afterAll(() => sql.close());
  beforeEach(() => (schema = `lease_${++run}`));
  const lease = (holder: string, termMs = 5000) => PostgresLease.open(sql, schema, 'outbox-relay', holder, termMs);

  it('is held by one holder, renewed by it, refused to another until released', async () => {
    const a = await lease('a');
    const b = await lease('b');
    expect(await a.tryAcquire()).toBe(true);
    expect(await b.tryAcquire()).toBe(false);
    expect(await a.tryAcquire()).toBe(true);
    expect(await b.currentHolder()).toBe('a');
    await b.release(); // not b's to release
    expect(await b.tryAcquire()).toBe(false);
    await a.release();
    expect(await b.tryAcquire()).toBe(true);
    expect(await a.currentHolder()).toBe('b');
  });

  it('passes to another holder once the holder stops renewing it', async () => {
    const a = await lease('a', 150);
    const b = await lease('b', 150);
    expect(await a.tryAcquire()).toBe(true);
    expect(await b.tryAcquire()).toBe(false);
    await new Promise((r) => setTimeout(r, 200));
    expect(await b.tryAcquire()).toBe(true);
    expect(await a.tryAcquire()).toBe(false);
  });

  it('leases of different names are held apart', async () => {
    const relay = await lease('a');
    const projections = await PostgresLease.open(sql, schema, 'projections', 'b', 5000);
    expect(await relay.tryAcquire()).toBe(true);
    expect(await projections.tryAcquire()).toBe(true);
  });

  it('runs the worker on the holder only, and on another instance when the holder dies', async () => {
    const workers = [new Counting(), new Counting()];
    // The first instance "dies" after taking the lease: it never beats again (an hour between beats).
    const dying = new LeaderOnly(await lease('a', 300), workers[0], 3_600_000);
    const survivor = new LeaderOnly(await lease('b', 300), workers[1], 50);
    await dying.start();
    await survivor.start();
    expect(workers.map((w) => w.running)).toEqual([true, false]);
    expect(await until(() => workers[1].running)).toBe(true);
    expect(workers[1].starts).toBe(1);
    await dying.stop();
    await survivor.stop();
    expect(workers[1].running).toBe(false);
  });

  it('stops its worker when it can no longer renew, and gives the lease back on a clean stop', async () => {
    const worker = new Counting();
    const flaky = await lease('a', 5000);
    let down = false;
    const leader = new LeaderOnly({ tryAcquire: () => (down ? Promise.reject(new Error('database unreachable')) : flaky.tryAcquire()), release: () => flaky.release() }, worker, 30);
    await leader.start();
    expect(worker.running).toBe(true);
    down = true;
    expect(await until(() => !worker.running)).toBe(true);
    down = false;
    expect(await until(() => worker.running)).toBe(true);
    await leader.stop();
    expect(await (await lease('b')).tryAcquire()).toBe(true);
  });
});
