import { randomUUID } from 'node:crypto';
import type { AccessRecord } from '../access-log/access-log.port';
import { PostgresAccessLog } from '../access-log/postgres-access-log';
import type { SqlExecutor } from '../store/postgres/sql-executor';

/** The access log on a PostgreSQL (embedded or server): `open` gives a connection and a schema of the test's own. */
export function accessLogContract(name: string, open: () => Promise<{ sql: SqlExecutor; schema: string; drop?: () => Promise<void> }>): void {
  describe(`AccessLogStore contract: ${name}`, () => {
    let sql: SqlExecutor;
    let schema: string;
    let drop: (() => Promise<void>) | undefined;
    let log: PostgresAccessLog;
    const read = (caseId: string, at: string, more: Partial<AccessRecord> = {}): AccessRecord => ({
      at,
      userId: 'cm-awa',
      role: 'case_manager',
      service: 'intake',
      what: 'case_file',
      caseId,
      purpose: 'case_management',
      correlationId: randomUUID(),
      ...more,
    });

    beforeAll(async () => {
      ({ sql, schema, drop } = await open());
      log = await PostgresAccessLog.open(sql, schema);
    });
    afterAll(async () => {
      await drop?.();
      await sql.close();
    });

    it('keeps a batch as written and lists a case newest first, with its total, one page at a time', async () => {
      const caseId = randomUUID();
      const provider = read(caseId, '2026-12-01T10:00:02.000Z', { userId: 'pu-1', role: 'service_provider', organisationId: 'prov-clinic', service: 'referrals', what: 'referral', purpose: 'referral' });
      const batch = [read(caseId, '2026-12-01T10:00:00.000Z'), read(randomUUID(), '2026-12-01T10:00:01.000Z'), provider, read(caseId, '2026-12-01T10:00:01.500Z', { what: 'case_history', purpose: 'audit', role: 'auditor', userId: 'aud-1' })];
      await log.append(batch);
      const all = await log.listForCase(caseId, { limit: 10, offset: 0 });
      expect(all.total).toBe(3);
      expect(all.items).toEqual([provider, batch[3], batch[0]]);
      expect(all.items[2]).not.toHaveProperty('organisationId');
      expect(await log.listForCase(caseId, { limit: 1, offset: 1 })).toEqual({ items: [batch[3]], total: 3 });
      expect(await log.listForCase(randomUUID(), { limit: 10, offset: 0 })).toEqual({ items: [], total: 0 });
    });

    it('keeps reads of one instant in the order written, the last first', async () => {
      const caseId = randomUUID();
      const same = '2026-12-01T11:00:00.000Z';
      const [first, second] = [read(caseId, same, { what: 'plan' }), read(caseId, same, { what: 'returnee_copy' })];
      await log.append([first]);
      await log.append([second]);
      expect((await log.listForCase(caseId, { limit: 10, offset: 0 })).items.map((r) => r.what)).toEqual(['returnee_copy', 'plan']);
    });

    it('takes a batch of a thousand in one statement, and an empty one as nothing', async () => {
      const caseId = randomUUID();
      await log.append([]);
      await log.append(Array.from({ length: 1000 }, (_, i) => read(caseId, new Date(Date.UTC(2026, 11, 1, 12) + i).toISOString())));
      const page = await log.listForCase(caseId, { limit: 2, offset: 0 });
      expect(page.total).toBe(1000);
      expect(page.items.map((r) => r.at)).toEqual(['2026-12-01T12:00:00.999Z', '2026-12-01T12:00:00.998Z']);
    });

    it('refuses to alter or remove what was recorded', async () => {
      await log.append([read(randomUUID(), '2026-12-01T13:00:00.000Z')]);
      for (const tamper of [`UPDATE ${schema}.access_log SET user_id = 'nobody'`, `DELETE FROM ${schema}.access_log`, `TRUNCATE ${schema}.access_log`]) {
        await expect(sql.query(tamper)).rejects.toThrow(/append-only/);
      }
    });

    it('opens again over its own table, as every instance does at start', async () => {
      const again = await PostgresAccessLog.open(sql, schema);
      const caseId = randomUUID();
      await again.append([read(caseId, '2026-12-01T14:00:00.000Z')]);
      expect((await log.listForCase(caseId, { limit: 1, offset: 0 })).total).toBe(1);
      const { rows } = await sql.query<{ indexdef: string }>(`SELECT indexdef FROM pg_indexes WHERE schemaname = $1 AND indexname = 'access_log_case_at'`, [schema]);
      expect(rows[0].indexdef).toMatch(/\(case_id, at\)/);
    });
  });
}
