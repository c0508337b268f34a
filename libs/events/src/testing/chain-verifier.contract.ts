import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '../envelope';
import { verifyChains, type ChainReport } from '../store/postgres/chain-verifier';
import { PostgresEventStore } from '../store/postgres/postgres-event-store';
import type { SqlExecutor } from '../store/postgres/sql-executor';
import { note } from './test-catalogue';

/**
 * Hash chains on a PostgreSQL the tests may tamper with as its superuser would: the
 * append-only triggers disabled, rows changed and deleted behind the store's back.
 * `open` gives a connection with that right and a schema of the test's own.
 */
export function chainVerifierContract(name: string, open: () => Promise<{ sql: SqlExecutor; schema: string; drop?: () => Promise<void> }>): void {
  describe(`Hash-chained streams: ${name}`, () => {
    let sql: SqlExecutor;
    let schema: string;
    let drop: (() => Promise<void>) | undefined;
    let store: PostgresEventStore;

    beforeAll(async () => {
      ({ sql, schema, drop } = await open());
      store = await PostgresEventStore.open(sql, schema);
    });
    afterAll(async () => {
      await drop?.();
      await sql.close();
    });

    /** Three streams: single appends, a batch, and an inbox import; each a fresh schema's worth. */
    async function threeStreams(): Promise<string[]> {
      const [a, b, c] = [`case-${randomUUID()}`, `case-${randomUUID()}`, `inbox.intake.case-${randomUUID()}`];
      for (let v = 0; v < 3; v++) await store.appendToStream(a, [note(`a${v}`)], { expectedVersion: v });
      await store.appendToStream(b, [note('b0'), note('b1'), note('b2'), note('b3')], { expectedVersion: 0 });
      const source = (await store.readStream(a)).map((e): RecordedEvent => ({ ...e, eventId: randomUUID() }));
      await store.importEvents(c, source);
      return [a, b, c];
    }

    const tamper = (statement: string) =>
      sql.exec(`ALTER TABLE ${schema}.events DISABLE TRIGGER events_append_only;
${statement};
ALTER TABLE ${schema}.events ENABLE TRIGGER events_append_only;`);
    const brokenIn = (report: ChainReport, streamId: string) => report.broken.find((b) => b.streamId === streamId);
    const verify = (expected?: ChainReport['heads']) => verifyChains(sql, schema, { pageSize: 2, expected });

    it('verifies every stream written through the store: singles, batches and inbox imports', async () => {
      const streams = await threeStreams();
      const report = await verify();
      expect(report.broken).toEqual([]);
      for (const id of streams) expect(report.heads.find((h) => h.streamId === id)).toMatchObject({ version: id.startsWith('case-') && id === streams[1] ? 4 : 3, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    });

    it('finds the same, heads and breaks, walking the streams in parallel ranges as in one pass', async () => {
      const [a] = await threeStreams();
      for (let k = 0; k < 6; k++) await threeStreams();
      await tamper(`UPDATE ${schema}.events SET data = jsonb_set(data, '{text}', '"forged"') WHERE stream_id = '${a}' AND stream_version = 1`);
      const one = await verifyChains(sql, schema, { pageSize: 2, parallel: 1 });
      const three = await verifyChains(sql, schema, { pageSize: 2, parallel: 3, parallelFrom: 0 });
      expect(three.events).toBe(one.events);
      expect(new Set(three.heads.map((h) => `${h.streamId}@${h.version}:${h.hash}`))).toEqual(new Set(one.heads.map((h) => `${h.streamId}@${h.version}:${h.hash}`)));
      expect(three.broken).toEqual(expect.arrayContaining(one.broken));
      expect(three.broken).toHaveLength(one.broken.length);
      expect(brokenIn(three, a)).toMatchObject({ version: 1, kind: 'altered' });
    });

    it('names an event whose content was changed in place, and only that one', async () => {
      const [a] = await threeStreams();
      await tamper(`UPDATE ${schema}.events SET data = jsonb_set(data, '{text}', '"forged"') WHERE stream_id = '${a}' AND stream_version = 2`);
      expect(brokenIn(await verify(), a)).toEqual({ streamId: a, version: 2, kind: 'altered', detail: expect.any(String) });
    });

    it('names the link after an event whose hash was recomputed to match forged content', async () => {
      const [a] = await threeStreams();
      await tamper(`UPDATE ${schema}.events e SET actor = '{"userId":"u-9","role":"admin"}',
        chain_hash = sha256(coalesce((SELECT p.chain_hash FROM ${schema}.events p WHERE p.stream_id = e.stream_id AND p.stream_version = 1), '') ||
          ${schema}.event_digest(e.event_id, e.stream_id, e.stream_version, e.type, e.schema_version, e.occurred_at, e.recorded_at,
            '{"userId":"u-9","role":"admin"}', e.country, e.correlation_id, e.causation_id, e.data, e.personal))
        WHERE stream_id = '${a}' AND stream_version = 2`);
      expect(brokenIn(await verify(), a)).toMatchObject({ version: 3, kind: 'altered' });
    });

    it('names the first missing version when an event is deleted from the middle of a stream', async () => {
      const [, b] = await threeStreams();
      await tamper(`DELETE FROM ${schema}.events WHERE stream_id = '${b}' AND stream_version = 2`);
      expect(brokenIn(await verify(), b)).toMatchObject({ version: 2, kind: 'missing' });
    });

    it('catches a removed tail, and a stream gone whole, only against the heads of an earlier digest', async () => {
      const [a, b] = await threeStreams();
      const before = (await verify()).heads;
      await tamper(`DELETE FROM ${schema}.events WHERE (stream_id = '${a}' AND stream_version = 3) OR stream_id = '${b}'`);
      expect(brokenIn(await verify(), a)).toBeUndefined();
      const against = await verify(before);
      expect(brokenIn(against, a)).toMatchObject({ version: 3, kind: 'truncated' });
      expect(brokenIn(against, b)).toMatchObject({ kind: 'truncated', detail: expect.stringContaining('gone') });
    });

    it('catches a tail rewritten through the store after a deletion, against the earlier digest', async () => {
      const [a] = await threeStreams();
      const before = (await verify()).heads;
      await tamper(`DELETE FROM ${schema}.events WHERE stream_id = '${a}' AND stream_version = 3`);
      await store.appendToStream(a, [note('a rewritten')], { expectedVersion: 2 });
      expect(brokenIn(await verify(), a)).toBeUndefined();
      expect(brokenIn(await verify(before), a)).toMatchObject({ version: 3, kind: 'diverged' });
    });
  });
}
