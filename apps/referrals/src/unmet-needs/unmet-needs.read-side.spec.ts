import type { Infrastructure, Principal } from '@homeward/platform';
import type { Projection } from '@homeward/events';
import { onEveryReadModelStore, projectInto, ReferralsHistory } from '../testing/referrals-history';
import { UnmetNeedsReportHandler, UnmetNeedsReportQuery } from '../unmet-needs-report/unmet-needs-report.query';
import { reportCsv } from '../unmet-needs-report/report-csv';
import { ListUnmetNeedsHandler, ListUnmetNeedsQuery } from './list-unmet-needs.query';
import { unmetNeedsProjection } from './unmet-needs.projection';

const dakar: Principal = { userId: 'sup-sn-1', role: 'supervisor', countries: ['SN'] };
const analyst: Principal = { userId: 'da-1', role: 'data_analyst', countries: ['*'] };
const at = (day: number) => `2027-01-${String(day).padStart(2, '0')}T10:00:00.000Z`;

/** Seven legal-aid needs in Dakar (one met, one closed), two shelter needs in Thiès, one in Bamako. */
function histories(): ReferralsHistory[] {
  const dakarCases = [1, 2, 3, 4, 5, 6, 7].map((n) => new ReferralsHistory(`c-dk-${n}`).unmet(`u-dk-${n}`, 'legal_aid', 'SN-DK', at(n)));
  dakarCases[0].run('MarkUnmetNeedMet', { unmetNeedId: 'u-dk-1', metOn: '2027-01-07' }, at(7));
  dakarCases[1].run('CloseUnmetNeed', { unmetNeedId: 'u-dk-2', reason: 'relocated', note: 'Moved to Thiès with her aunt' }, at(8));
  const thies = [1, 2].map((n) => new ReferralsHistory(`c-th-${n}`).unmet(`u-th-${n}`, 'shelter', 'SN-TH', at(10 + n)));
  return [...dakarCases, ...thies, new ReferralsHistory('c-bko', 'ML').unmet('u-bko', 'legal_aid', undefined, at(20))];
}

describe('Unmet needs, listed and reported', () => {
  onEveryReadModelStore((readModels) => {
    const infra = () => ({ readModels: readModels() }) as unknown as Infrastructure;
    const list = (principal: Principal, filters: ListUnmetNeedsQuery['filters'] = {}, page = { limit: 50, offset: 0 }) =>
      new ListUnmetNeedsHandler(infra()).execute(new ListUnmetNeedsQuery(principal, filters, page));
    const report = (principal: Principal, country?: string) => new UnmetNeedsReportHandler(infra()).execute(new UnmetNeedsReportQuery(principal, country));

    beforeAll(() => projectInto(readModels(), unmetNeedsProjection as Projection, histories().flatMap((h) => h.events)));

    it('lists those of the caller’s countries, the latest recorded first, without the closing note', async () => {
      const page = await list(dakar);
      expect(page.total).toBe(9);
      expect(page.items.map((n) => n.unmetNeedId)).toEqual(['u-th-2', 'u-th-1', 'u-dk-7', 'u-dk-6', 'u-dk-5', 'u-dk-4', 'u-dk-3', 'u-dk-2', 'u-dk-1']);
      expect(page.items.find((n) => n.unmetNeedId === 'u-dk-2')).toEqual({
        unmetNeedId: 'u-dk-2',
        caseId: 'c-dk-2',
        serviceType: 'legal_aid',
        country: 'SN',
        area: 'SN-DK',
        source: 'case_manager',
        status: 'closed',
        recordedOn: '2027-01-02',
        recordedAt: at(2),
        closedAt: at(8),
        closureReason: 'relocated',
      });
      expect(JSON.stringify(page)).not.toContain('aunt');
    });

    it('narrows to a status and a country, and pages', async () => {
      expect((await list(dakar, { status: 'met' })).items.map((n) => n.unmetNeedId)).toEqual(['u-dk-1']);
      expect((await list(analyst, { country: 'ML' })).items.map((n) => n.unmetNeedId)).toEqual(['u-bko']);
      expect((await list(analyst, { status: 'open' })).total).toBe(8);
      const page = await list(analyst, {}, { limit: 2, offset: 1 });
      expect([page.items.map((n) => n.unmetNeedId), page.total]).toEqual([['u-th-2', 'u-th-1'], 10]);
    });

    it('reports counts by country, area and type, withholding those under 5 (and one the others would give away)', async () => {
      expect(await report(dakar)).toEqual({
        country: null,
        threshold: 5,
        rows: [
          { country: 'SN', area: 'SN-DK', serviceType: 'legal_aid', recorded: 7, open: 5, met: null, closed: null },
          { country: 'SN', area: 'SN-TH', serviceType: 'shelter', recorded: null, open: null, met: null, closed: null },
        ],
      });
      expect((await report(analyst, 'ML')).rows).toEqual([{ country: 'ML', area: null, serviceType: 'legal_aid', recorded: null, open: null, met: null, closed: null }]);
      expect((await report(analyst)).rows.map((r) => r.country)).toEqual(['ML', 'SN', 'SN']);
    });

    it('writes the report as CSV: a header row, "<5" for a withheld count, no case id', async () => {
      const csv = reportCsv((await report(dakar)).rows);
      expect(csv.split('\r\n')).toEqual(['country,area,serviceType,recorded,open,met,closed', 'SN,SN-DK,legal_aid,7,5,<5,<5', 'SN,SN-TH,shelter,<5,<5,<5,<5', '']);
      expect(csv).not.toContain('c-dk');
    });
  });
});
