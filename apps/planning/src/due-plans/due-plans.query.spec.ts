import { ManualClock } from '@homeward/events';
import { OfficeCalendar, type Infrastructure, type Principal } from '@homeward/platform';
import { onEveryReadModelStore, projectInto } from '../testing/read-side';
import { PlanHistory } from '../testing/plan-history';
import { DuePlansHandler, DuePlansQuery } from './due-plans.query';

const dakar: Principal = { userId: 'cm-sn-1', role: 'case_manager', countries: ['SN'] };
const auditor: Principal = { userId: 'aud-1', role: 'auditor', countries: ['*'] };

function approved(caseId: string, arrivalDate: string): PlanHistory {
  const plan = PlanHistory.arrived(caseId, arrivalDate);
  plan.draft(`${arrivalDate}T20:00:00.000Z`);
  plan.submit(`${arrivalDate}T21:00:00.000Z`);
  plan.approve(`${arrivalDate}T22:00:00.000Z`);
  return plan;
}

describe('Due and overdue plans, as asked on a day', () => {
  onEveryReadModelStore((readModels) => {
    // 16 January at 10:00 UTC: the same day in Dakar and Bamako (UTC+0).
    const clock = new ManualClock('2027-01-16T10:00:00Z');
    const handler = () => new DuePlansHandler({ readModels: readModels() } as unknown as Infrastructure, new OfficeCalendar(clock, {}));
    const due = (principal: Principal, filters: { country?: string; overdue?: boolean } = {}, page = { limit: 50, offset: 0 }) => handler().execute(new DuePlansQuery(principal, filters, page));
    const ids = (page: { items: Array<{ caseId: string }> }) => page.items.map((p) => p.caseId);

    beforeAll(async () => {
      const histories = [
        PlanHistory.arrived('c-late', '2026-12-10'),
        PlanHistory.arrived('c-today', '2026-12-16'),
        PlanHistory.arrived('c-soon', '2026-12-20'),
        PlanHistory.arrived('c-bamako', '2026-12-01', 'ML'),
        PlanHistory.arrived('c-paris', '2026-12-15', 'FR'),
        approved('c-approved', '2026-12-01'),
      ];
      await projectInto(readModels(), histories.flatMap((h) => h.events));
    });

    it('lists the plans of the caller’s country whose clock runs, the nearest deadline first, saying which are late today', async () => {
      const page = await due(dakar);
      expect(page.items.map(({ caseId, dueOn, overdue }) => ({ caseId, dueOn, overdue }))).toEqual([
        { caseId: 'c-late', dueOn: '2027-01-10', overdue: true },
        { caseId: 'c-today', dueOn: '2027-01-16', overdue: false },
        { caseId: 'c-soon', dueOn: '2027-01-20', overdue: false },
      ]);
      expect(page.total).toBe(3);
      expect(page.items[0]).toEqual({ caseId: 'c-late', country: 'SN', arrivalDate: '2026-12-10', dueOn: '2027-01-10', status: 'due', overdue: true });
    });

    it('gives only the late ones, or only those in time, with their count', async () => {
      expect(ids(await due(dakar, { overdue: true }))).toEqual(['c-late']);
      const inTime = await due(dakar, { overdue: false });
      expect([ids(inTime), inTime.total]).toEqual([['c-today', 'c-soon'], 2]);
    });

    it('reads every country for a caller of every country, or the one asked', async () => {
      const late = await due(auditor, { overdue: true });
      expect([ids(late), late.total]).toEqual([['c-bamako', 'c-late', 'c-paris'], 3]);
      expect(ids(await due(auditor, { country: 'ML' }))).toEqual(['c-bamako']);
    });

    it('pages the late plans', async () => {
      const second = await due(auditor, { overdue: true }, { limit: 1, offset: 1 });
      expect([ids(second), second.total]).toEqual([['c-late'], 3]);
    });

    it('judges lateness by the day in each plan’s office: past midnight in Paris, not yet in Dakar', async () => {
      const before = clock.now().getTime();
      // 15 January, 23:30 UTC: already the 16th in Paris (UTC+1), still the 15th in Dakar.
      clock.advance(Date.parse('2027-01-15T23:30:00Z') - before);
      try {
        await projectInto(readModels(), PlanHistory.arrived('c-dakar-15', '2026-12-15').events);
        const late = await due(auditor, { overdue: true });
        expect(ids(late)).toEqual(['c-bamako', 'c-late', 'c-paris']);
        expect(ids(await due(auditor, { overdue: false }))).toEqual(['c-dakar-15', 'c-today', 'c-soon']);
        const paged = await due(auditor, { overdue: true }, { limit: 2, offset: 1 });
        expect([ids(paged), paged.total]).toEqual([['c-late', 'c-paris'], 3]);
      } finally {
        clock.advance(before - clock.now().getTime());
      }
    });
  });
});
