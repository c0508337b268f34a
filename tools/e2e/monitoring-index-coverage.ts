import { UnindexedQueryError } from '@homeward/events';
import type { Principal, RunningService } from '@homeward/platform';
import { OVERDUE_FOLLOW_UPS } from '../../apps/monitoring/src/alerts/overdue-follow-ups.projection';
import { monitoringService } from '../../apps/monitoring/src/monitoring.module';
import { MonitoringClient, ME_OFFICER_SN } from './monitoring-writes.scenario';
import { AUDITOR, CASE_MANAGER_SN, SUPERVISOR_SN } from './planning-writes.scenario';

/** A supervisor of two offices: the lists read for two countries at once. */
const SUPERVISOR_SN_MA: Partial<Principal> = { userId: 'sup-sn-ma', role: 'supervisor', countries: ['SN', 'MA'] };

/**
 * Every query monitoring's read side issues, by each kind of reader, and those of its deadlines (fired
 * once): the store refuses a query no declared index serves (UnindexedQueryError, a 500), so the answers
 * are the proof. Returns what was not answered 200; fails if the store would not refuse, or if a read
 * model of the service was never read.
 */
export async function unservedMonitoringQueries(monitoring: RunningService, caseId: string): Promise<string[]> {
  const api = new MonitoringClient(monitoring);
  const store = monitoring.infra.readModels;
  await expect(store.find(OVERDUE_FOLLOW_UPS, { kind: 'meeting' }, { sort: 'raisedAt' })).rejects.toThrow(UnindexedQueryError);
  const read = new Set<string>();
  const spies = (['find', 'count', 'get', 'getMany'] as const).map((method) => {
    const original = store[method].bind(store) as (collection: string, ...rest: unknown[]) => Promise<never>;
    return jest.spyOn(store, method).mockImplementation(((collection: string, ...rest: unknown[]) => {
      read.add(collection);
      return original(collection, ...rest);
    }) as never);
  });
  const lists = [
    ...['', '?country=SN', '?limit=1&offset=1'].map((q) => `/cases${q}`),
    ...['', '?country=SN', '?limit=1&offset=1'].flatMap((q) => [`/alerts/overdue-follow-ups${q}`, `/alerts/reports-due${q}`]),
  ];
  const ofTheCase = [`/cases/${caseId}/schedule`, `/cases/${caseId}/rss-trend`];
  const reports = [`/cases/${caseId}/reports/mid_term`, `/cases/${caseId}/reports/final?lang=fr`];
  // The M&E aggregates, for every country in scope and for one, over a span of months, as CSV too.
  const aggregates = ['caseload', 'overdue-follow-ups', 'rss-averages', 'plan-deadline', 'time-to-plan', 'unmet-needs'].flatMap((name) =>
    ['', '?country=SN', '?country=SN&from=2026-01&to=2027-12&format=csv'].map((q) => `/aggregates/${name}${q}`),
  );
  const readers: Array<[Partial<Principal>, string[]]> = [
    [CASE_MANAGER_SN, [...lists, ...ofTheCase, ...reports]],
    [SUPERVISOR_SN_MA, [...lists, '/cases?country=MA', '/alerts/overdue-follow-ups?country=MA', ...reports]],
    [SUPERVISOR_SN, reports],
    [ME_OFFICER_SN, [...lists, ...ofTheCase, '/rss/tables/current', ...aggregates]],
    [AUDITOR, [...lists, '/cases?country=MA', ...ofTheCase, ...aggregates]],
  ];
  const unserved: string[] = [];
  try {
    for (const [who, paths] of readers) {
      for (const path of paths) {
        const res = await api.get(path, who);
        if (res.status !== 200) unserved.push(`${who.role} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
      }
    }
    // The deadlines read their to-do lists by due time.
    await monitoring.infra.reactions.fireDue();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  expect(monitoringService.projections.map((p) => p.collection).filter((c) => !read.has(c))).toEqual([]);
  return unserved;
}
