import { caseloadReport } from './caseload-report';
import { rssAverages, type RssFact } from './rss-averages';

const STATUSES = ['open', 'closed'] as const;
const cases = (country: string, status: (typeof STATUSES)[number], n: number) => Array.from({ length: n }, () => ({ country, status }));
const surveys = (country: string, period: string, n: number, economic = 0.5): RssFact[] =>
  Array.from({ length: n }, (_, i) => ({ country, period, tableVersion: 'rss-provisional-1', scores: { economic: economic + i * 0.01, social: 0.4, psychosocial: 0.6, composite: 0.5 } }));

describe('M&E aggregates carry no one: counts under 5 are withheld so no one can be singled out (issue 14.8)', () => {
  it('counts the caseload by country and status; a small part is withheld with the next smallest, so the total cannot give it away', () => {
    expect(caseloadReport([...cases('SN', 'open', 12), ...cases('SN', 'closed', 2), ...cases('GN', 'open', 3), ...cases('ML', 'open', 6), ...cases('ML', 'closed', 0)], STATUSES)).toEqual([
      { country: 'GN', total: null, open: null, closed: null },
      { country: 'ML', total: 6, open: 6, closed: 0 },
      { country: 'SN', total: 14, open: null, closed: null },
    ]);
  });

  it('averages the RSS scores by dimension, country and period; fewer than five surveys show nothing', () => {
    const rows = rssAverages([...surveys('SN', '2027-Q1', 5), ...surveys('SN', '2027-Q2', 4), ...surveys('ML', '2027-Q1', 6, 0.3)]);
    expect(rows).toEqual([
      { country: 'ML', period: '2027-Q1', tableVersion: 'rss-provisional-1', surveys: 6, economic: 0.325, social: 0.4, psychosocial: 0.6, composite: 0.5 },
      { country: 'SN', period: '2027-Q1', tableVersion: 'rss-provisional-1', surveys: 5, economic: 0.52, social: 0.4, psychosocial: 0.6, composite: 0.5 },
      { country: 'SN', period: '2027-Q2', tableVersion: 'rss-provisional-1', surveys: null, economic: null, social: null, psychosocial: null, composite: null },
    ]);
  });

  it('never averages scores of two table versions together', () => {
    const v2 = surveys('SN', '2027-Q1', 5).map((f) => ({ ...f, tableVersion: 'rss-2' }));
    expect(rssAverages([...surveys('SN', '2027-Q1', 5), ...v2]).map((r) => [r.tableVersion, r.surveys])).toEqual([['rss-2', 5], ['rss-provisional-1', 5]]);
  });
});
