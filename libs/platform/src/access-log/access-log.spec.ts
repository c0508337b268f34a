import { ForbiddenException, type CallHandler, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { lastValueFrom, of, throwError } from 'rxjs';
import { ManualClock, type AccessLogStore, type AccessRecord } from '@homeward/events';
import type { Principal } from '../auth/principal';
import { InvalidInputException } from '../http/validation';
import { requestContext } from '../observability/request-context';
import { AccessLogInterceptor } from './access-log.interceptor';
import { purposeOf } from './access-purpose';
import { BufferedAccessLog } from './buffered-access-log';
import { RecordsAccess } from './records-access.decorator';

const CASE = '0190d8a2-7c1e-7000-8000-000000000001';
const OTHER = '0190d8a2-7c1e-7000-8000-000000000002';
const awa: Principal = { userId: 'cm-awa', role: 'case_manager', countries: ['SN'] };
const nurse: Principal = { userId: 'pu-1', role: 'service_provider', countries: ['SN'], organisationId: 'prov-clinic' };

class Reads {
  @RecordsAccess('case_file')
  caseFile() {}
  @RecordsAccess('access_log', { query: 'caseId' })
  accessLog() {}
  @RecordsAccess('caseload', { answer: 'caseId' })
  caseload() {}
  health() {}
}

/** The interceptor around one handler of Reads, as Nest calls it after the guard set the principal. */
function around(handler: keyof Reads, request: { principal?: Principal; headers?: Record<string, string>; params?: object; query?: object }) {
  const recorded: AccessRecord[] = [];
  const clock = new ManualClock('2026-12-08T09:30:00.000Z');
  const interceptor = new AccessLogInterceptor(new Reflector(), { record: (r) => recorded.push(r) }, 'intake', clock);
  const context = {
    getType: () => 'http',
    getHandler: () => Reads.prototype[handler],
    switchToHttp: () => ({ getRequest: () => ({ headers: {}, ...request }) }),
  } as unknown as ExecutionContext;
  const call = (answer: () => CallHandler['handle']) => requestContext.run({ correlationId: 'corr-1' }, async () => lastValueFrom(interceptor.intercept(context, { handle: answer() })));
  return { recorded, clock, call };
}

describe('The access log interceptor', () => {
  it('records a successful read with who, what, which case, why, when (the service clock) and the correlation id', async () => {
    const { recorded, call } = around('caseFile', { principal: awa, params: { caseId: CASE } });
    await call(() => () => of({ caseId: CASE }));
    expect(recorded).toEqual([{ at: '2026-12-08T09:30:00.000Z', userId: 'cm-awa', role: 'case_manager', service: 'intake', what: 'case_file', caseId: CASE, purpose: 'case_management', correlationId: 'corr-1' }]);
  });

  it("records a provider's organisation and the purpose stated in the header", async () => {
    const { recorded, call } = around('caseFile', { principal: nurse, params: { caseId: CASE }, headers: { 'homeward-purpose': 'emergency' } });
    await call(() => () => of({}));
    expect(recorded[0]).toMatchObject({ userId: 'pu-1', role: 'service_provider', organisationId: 'prov-clinic', purpose: 'emergency' });
  });

  it('records nothing when the read is refused or fails: it showed nothing', async () => {
    const { recorded, call } = around('caseFile', { principal: awa, params: { caseId: CASE } });
    await expect(call(() => () => throwError(() => new ForbiddenException({ code: 'OUT_OF_COUNTRY_SCOPE' })))).rejects.toBeInstanceOf(ForbiddenException);
    await expect(call(() => () => throwError(() => new Error('database down')))).rejects.toThrow('database down');
    expect(recorded).toEqual([]);
  });

  it('refuses an unknown purpose before the handler runs, naming the header (400)', async () => {
    const { recorded, call } = around('caseFile', { principal: awa, params: { caseId: CASE }, headers: { 'homeward-purpose': 'curiosity' } });
    let ran = false;
    const refusal = await call(() => () => {
      ran = true;
      return of({});
    }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(InvalidInputException);
    expect((refusal as InvalidInputException).problems[0].field).toBe('Homeward-Purpose');
    expect([ran, recorded.length]).toEqual([false, 0]);
  });

  it('takes the case from a query parameter, or one record per case a list shows', async () => {
    const audit = around('accessLog', { principal: { userId: 'aud-1', role: 'auditor', countries: ['*'] }, query: { caseId: CASE } });
    await audit.call(() => () => of({ items: [] }));
    expect(audit.recorded.map((r) => [r.what, r.caseId, r.purpose])).toEqual([['access_log', CASE, 'audit']]);
    const list = around('caseload', { principal: awa });
    await list.call(() => () => of({ items: [{ caseId: CASE }, { caseId: OTHER }, { caseId: CASE }], total: 3 }));
    await list.call(() => () => of([{ caseId: OTHER }]));
    await list.call(() => () => of({ items: [] }));
    expect(list.recorded.map((r) => r.caseId)).toEqual([CASE, OTHER, OTHER]);
  });

  it('leaves undecorated handlers alone, whatever the header says', async () => {
    const { recorded, call } = around('health', { principal: awa, headers: { 'homeward-purpose': 'curiosity' } });
    await expect(call(() => () => of({ status: 'up' }))).resolves.toEqual({ status: 'up' });
    expect(recorded).toEqual([]);
  });
});

describe('The purpose of a read', () => {
  it("defaults to what the caller's role is for", () => {
    expect([purposeOf(undefined, 'case_manager'), purposeOf(undefined, 'supervisor'), purposeOf(undefined, 'auditor'), purposeOf(undefined, 'service_provider')]).toEqual(['case_management', 'supervision', 'audit', 'referral']);
  });
  it.each(['', 'Audit', 'audit, emergency', 'nosy'])('refuses %j: a closed vocabulary', (header) => {
    expect(() => purposeOf(header, 'auditor')).toThrow(InvalidInputException);
  });
});

/** A store that keeps each batch it was given, and can be told to refuse. */
class BatchStore implements AccessLogStore {
  batches: AccessRecord[][] = [];
  refusing = false;
  async append(records: readonly AccessRecord[]) {
    if (this.refusing) throw new Error('connection refused');
    this.batches.push([...records]);
  }
  async listForCase() {
    return { items: this.batches.flat(), total: this.batches.flat().length };
  }
}

const read = (n: number): AccessRecord => ({ at: new Date(n).toISOString(), userId: `u-${n}`, role: 'case_manager', service: 'intake', what: 'case_file', caseId: CASE, purpose: 'case_management', correlationId: `c-${n}` });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('The buffered access log', () => {
  it('writes nothing while a read is answered, then one batch after the interval', async () => {
    const store = new BatchStore();
    const log = new BufferedAccessLog(store, () => {}, { intervalMs: 30, maxBatch: 100, maxPending: 1000 });
    for (let n = 0; n < 5; n++) log.record(read(n));
    expect(store.batches).toEqual([]);
    await sleep(80);
    expect(store.batches.map((b) => b.length)).toEqual([5]);
  });

  it('writes a full batch at once, never a larger one', async () => {
    const store = new BatchStore();
    const log = new BufferedAccessLog(store, () => {}, { intervalMs: 10_000, maxBatch: 3, maxPending: 1000 });
    for (let n = 0; n < 7; n++) log.record(read(n));
    await log.flush();
    expect(store.batches.map((b) => b.length)).toEqual([3, 3, 1]);
    expect(store.batches.flat().map((r) => r.userId)).toEqual(['u-0', 'u-1', 'u-2', 'u-3', 'u-4', 'u-5', 'u-6']);
  });

  it('loses nothing on close, and writes what comes after at once', async () => {
    const store = new BatchStore();
    const log = new BufferedAccessLog(store, () => {}, { intervalMs: 10_000, maxBatch: 100, maxPending: 1000 });
    log.record(read(1));
    await log.close();
    expect(store.batches.flat()).toHaveLength(1);
    log.record(read(2));
    await log.flush();
    expect(store.batches.flat()).toHaveLength(2);
  });

  it('keeps a refused batch and writes it once the store answers again; beyond its bound it drops the oldest and says so', async () => {
    const store = new BatchStore();
    const problems: string[] = [];
    const log = new BufferedAccessLog(store, (p) => problems.push(p), { intervalMs: 20, maxBatch: 2, maxPending: 3 });
    store.refusing = true;
    for (let n = 0; n < 4; n++) log.record(read(n));
    await log.flush();
    expect(log.queuedCount).toBe(3);
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^1 access records dropped/), 'access log write failed, will retry']));
    store.refusing = false;
    await sleep(60);
    expect(store.batches.flat().map((r) => r.userId)).toEqual(['u-1', 'u-2', 'u-3']);
  });

  it('lists what it has only just queued: the store is written first', async () => {
    const store = new BatchStore();
    const log = new BufferedAccessLog(store, () => {}, { intervalMs: 10_000, maxBatch: 100, maxPending: 1000 });
    log.record(read(1));
    expect((await log.listForCase(CASE, { limit: 10, offset: 0 })).total).toBe(1);
  });
});
