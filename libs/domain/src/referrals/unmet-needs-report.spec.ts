import { unmetNeedsReport, type UnmetNeedFact } from './unmet-needs-report';

const needs = (n: number, fact: Partial<UnmetNeedFact> = {}): UnmetNeedFact[] =>
  Array.from({ length: n }, () => ({ country: 'SN', area: 'SN-DK', serviceType: 'legal_aid' as const, status: 'open' as const, ...fact }));

describe('Unmet needs are reported in aggregate by country, area and type, for advocacy, with no personal data', () => {
  it('counts recorded, open, met and closed needs in each country, area and type', () => {
    const report = unmetNeedsReport([...needs(6), ...needs(5, { status: 'met' }), ...needs(7, { serviceType: 'shelter' }), ...needs(5, { country: 'GN', area: 'GN-CK' })]);
    expect(report).toEqual([
      { country: 'GN', area: 'GN-CK', serviceType: 'legal_aid', recorded: 5, open: 5, met: 0, closed: 0 },
      { country: 'SN', area: 'SN-DK', serviceType: 'legal_aid', recorded: 11, open: 6, met: 5, closed: 0 },
      { country: 'SN', area: 'SN-DK', serviceType: 'shelter', recorded: 7, open: 7, met: 0, closed: 0 },
    ]);
  });

  it('withholds every count from 1 to 4 (null, "<5" in CSV): in a small place a small count points at a person', () => {
    expect(unmetNeedsReport(needs(4))).toEqual([{ country: 'SN', area: 'SN-DK', serviceType: 'legal_aid', recorded: null, open: null, met: null, closed: null }]);
  });

  it('withholds a second count where the recorded total would give the first away', () => {
    const report = unmetNeedsReport([...needs(9), ...needs(3, { status: 'met' }), ...needs(6, { status: 'closed' })]);
    expect(report).toEqual([{ country: 'SN', area: 'SN-DK', serviceType: 'legal_aid', recorded: 18, open: 9, met: null, closed: null }]);
  });

  it('shows zero, which points at no one, and groups needs whose area was not known apart', () => {
    expect(unmetNeedsReport(needs(5, { area: undefined }))).toEqual([{ country: 'SN', area: null, serviceType: 'legal_aid', recorded: 5, open: 5, met: 0, closed: 0 }]);
  });

  it('holds nothing but places, types and counts', () => {
    const [row] = unmetNeedsReport(needs(5));
    expect(Object.keys(row).sort()).toEqual(['area', 'closed', 'country', 'met', 'open', 'recorded', 'serviceType']);
  });

  it('takes another threshold where the programme sets one', () => {
    expect(unmetNeedsReport(needs(7), 10)[0].recorded).toBeNull();
    expect(unmetNeedsReport(needs(2), 2)[0].recorded).toBe(2);
  });
});
