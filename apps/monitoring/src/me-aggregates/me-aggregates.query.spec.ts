import { InMemoryReadModelStore } from '@homeward/events';
import type { Infrastructure, Principal } from '@homeward/platform';
import { overdueFollowUpsProjection, OVERDUE_FOLLOW_UPS } from '../alerts/overdue-follow-ups.projection';
import { meAggregatesProjections } from './me-aggregates';
import { MeAggregates } from './me-aggregates.query';
import { ME_CASELOAD } from './caseload.projection';
import { ME_PLAN_TIMELINESS } from './plan-timeliness.projection';
import { ME_RSS_SUMS } from './rss-sums.projection';
import { ME_UNMET_NEEDS } from './unmet-need-counts.projection';

const officer = (...countries: string[]): Principal => ({ userId: 'me-1', role: 'me_officer', countries });
const analyst: Principal = { userId: 'da-1', role: 'data_analyst', countries: ['*'] };

describe('M&E aggregates as the API reads them: the caller’s countries, small counts withheld, through declared indexes', () => {
  let aggregates: MeAggregates;

  beforeAll(async () => {
    // The store refuses any query the projections' indexes would not serve, as every adapter does.
    const readModels = new InMemoryReadModelStore();
    for (const p of [...meAggregatesProjections, overdueFollowUpsProjection]) await readModels.declare(p.collection, p.indexes ?? []);
    await readModels.put(ME_CASELOAD, 'SN', { country: 'SN', followed: 14, closed: 2 }, 1);
    await readModels.put(ME_CASELOAD, 'GN', { country: 'GN', followed: 30, closed: 10 }, 2);
    await readModels.put(ME_RSS_SUMS, 'SN:2027-Q1:v', { country: 'SN', period: '2027-Q1', tableVersion: 'rss-provisional-1', provisional: true, surveys: 5, sums: { economic: 2.5, social: 2, psychosocial: 3, composite: 2.5 } }, 3);
    await readModels.put(ME_RSS_SUMS, 'SN:2027-Q2:v', { country: 'SN', period: '2027-Q2', tableVersion: 'rss-provisional-1', provisional: true, surveys: 4, sums: { economic: 2, social: 2, psychosocial: 2, composite: 2 } }, 4);
    const timeliness = { country: 'SN', awaiting: { 'c-secret': { arrivalDate: '2027-01-01', dueOn: '2027-02-01' } }, dueMonths: { '2027-02': { onTime: 12, late: 6, notApproved: 1, derogated: 3 } }, approvalMonths: { '2027-02': { 20: 6, 40: 6 } } };
    await readModels.put(ME_PLAN_TIMELINESS, 'SN', timeliness, 5);
    for (let i = 0; i < 7; i++) await readModels.put(OVERDUE_FOLLOW_UPS, `c-${i}:m`, { caseId: `c-${i}`, followUpId: 'm', kind: i < 6 ? 'meeting' : 'rss_survey', dueOn: '2027-01-01', country: 'GN', raisedAt: 'x' }, 10 + i);
    const recorded = { '2027-02|shelter': { month: '2027-02', serviceType: 'shelter', recorded: 12 }, '2027-03|legal_aid': { month: '2027-03', serviceType: 'legal_aid', recorded: 3 } };
    await readModels.put(ME_UNMET_NEEDS, 'SN', { country: 'SN', recorded, met: 2, closed: 6 }, 20);
    aggregates = new MeAggregates({ readModels } as unknown as Infrastructure);
  });

  it('reads only the caller’s countries, and withholds a small part with the next smallest', async () => {
    expect((await aggregates.caseload({ principal: officer('SN') })).rows).toEqual([{ country: 'SN', total: 14, open: null, closed: null }]);
    expect((await aggregates.caseload({ principal: analyst })).rows.map((r) => r.country)).toEqual(['GN', 'SN']);
  });

  it('counts overdue follow-ups by kind in every country followed, withholding the small kind', async () => {
    expect((await aggregates.overdueFollowUps({ principal: analyst })).rows).toEqual([
      { country: 'GN', total: 7, meeting: null, rss_survey: null },
      { country: 'SN', total: 0, meeting: 0, rss_survey: 0 },
    ]);
  });

  it('averages RSS scores per quarter, says the table is provisional, and shows nothing of a quarter with four surveys', async () => {
    const view = await aggregates.rssAverages({ principal: officer('SN') });
    expect(view.provisional).toBe(true);
    expect(view.notice?.fr).toBeTruthy();
    expect(view.rows).toEqual([
      { country: 'SN', period: '2027-Q1', tableVersion: 'rss-provisional-1', provisional: true, surveys: 5, economic: 0.5, social: 0.4, psychosocial: 0.6, composite: 0.5 },
      { country: 'SN', period: '2027-Q2', tableVersion: 'rss-provisional-1', provisional: true, surveys: null, economic: null, social: null, psychosocial: null, composite: null },
    ]);
    expect((await aggregates.rssAverages({ principal: officer('SN'), from: '2027-04' })).rows.map((r) => r.period)).toEqual(['2027-Q2']);
  });

  it('gives the on-time rate and the days to a plan, and never a case of the join', async () => {
    const deadline = await aggregates.planDeadline({ principal: officer('SN') });
    expect(deadline.rows).toEqual([{ country: 'SN', month: '2027-02', due: 19, onTime: 12, late: null, notApproved: null, derogated: null, onTimeRate: 0.632 }]);
    const days = await aggregates.timeToPlan({ principal: officer('SN') });
    expect(days.rows).toEqual([{ country: 'SN', month: '2027-02', plans: 12, medianDays: 20, p90Days: 40 }]);
    expect(JSON.stringify([deadline, days])).not.toContain('c-secret');
  });

  it('counts unmet needs recorded per month and service type, and where the office’s stand, small ones withheld with the next', async () => {
    const view = await aggregates.unmetNeeds({ principal: officer('SN') });
    expect(view.rows).toEqual([
      { country: 'SN', month: '2027-02', serviceType: 'shelter', recorded: 12 },
      { country: 'SN', month: '2027-03', serviceType: 'legal_aid', recorded: null },
    ]);
    expect(view.standing).toEqual([{ country: 'SN', recorded: 15, open: 7, met: null, closed: null }]);
  });
});
