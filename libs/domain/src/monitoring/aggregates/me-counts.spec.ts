import { deadlineRow, rssAveragesOf, timeToPlanRow, withheldParts } from './me-counts';

describe('M&E indicators from the counts projections keep: small counts withheld (issue 14.8)', () => {
  it('withholds a small part of a total with the next smallest, so the total cannot give it away', () => {
    expect(withheldParts({ meeting: 12, rss_survey: 2 })).toEqual({ total: 14, meeting: null, rss_survey: null });
    expect(withheldParts({ meeting: 12, rss_survey: 0 })).toEqual({ total: 12, meeting: 12, rss_survey: 0 });
    expect(withheldParts({ meeting: 3, rss_survey: 0 })).toEqual({ total: null, meeting: null, rss_survey: null });
  });

  it('averages the RSS sums over five surveys or more, and shows nothing under', () => {
    expect(rssAveragesOf({ surveys: 5, sums: { economic: 2.5, social: 2, psychosocial: 3, composite: 2.6 } })).toEqual({ surveys: 5, economic: 0.5, social: 0.4, psychosocial: 0.6, composite: 0.52 });
    expect(rssAveragesOf({ surveys: 4, sums: { economic: 2, social: 2, psychosocial: 2, composite: 2 } })).toEqual({ surveys: null, economic: null, social: null, psychosocial: null, composite: null });
  });

  it('gives the rate of plans approved within a month of arrival over the plans due', () => {
    expect(deadlineRow({ onTime: 15, late: 5, notApproved: 0, derogated: 6 })).toEqual({ due: 20, onTime: 15, late: 5, notApproved: 0, derogated: 6, onTimeRate: 0.75 });
  });

  it('withholds the rate with a withheld count it would give back, and a small number of derogations', () => {
    expect(deadlineRow({ onTime: 3, late: 10, notApproved: 6, derogated: 2 })).toEqual({ due: 19, onTime: null, late: 10, notApproved: null, derogated: null, onTimeRate: null });
    expect(deadlineRow({ onTime: 2, late: 1, notApproved: 0, derogated: 0 })).toMatchObject({ due: null, onTimeRate: null });
  });

  it('takes the median and the 90th percentile of the days to an approved plan by nearest rank, from five plans', () => {
    expect(timeToPlanRow({ 10: 2, 20: 2, 30: 5, 90: 1 })).toEqual({ plans: 10, medianDays: 30, p90Days: 30 });
    expect(timeToPlanRow({ 10: 1, 20: 1, 30: 1, 40: 1, 95: 1 })).toEqual({ plans: 5, medianDays: 30, p90Days: 95 });
    expect(timeToPlanRow({ 10: 4 })).toEqual({ plans: null, medianDays: null, p90Days: null });
    expect(timeToPlanRow({})).toEqual({ plans: 0, medianDays: null, p90Days: null });
  });
});
