import { isoInstant } from './event-row';

describe('timestamps read from PostgreSQL', () => {
  it.each([
    ['2026-11-23 12:32:21.454123+00', '2026-11-23T12:32:21.454Z'],
    ['2026-11-23 12:32:21.4+00', '2026-11-23T12:32:21.400Z'],
    ['2026-11-23 12:32:21+00', '2026-11-23T12:32:21.000Z'],
    ['2026-11-23 13:32:21.5+01', '2026-11-23T12:32:21.500Z'],
  ])('turns %s into %s', (text, iso) => {
    expect(isoInstant(text)).toBe(iso);
  });

  it('agrees with Date for Dates', () => {
    const d = new Date('2026-01-02T03:04:05.678Z');
    expect(isoInstant(d)).toBe('2026-01-02T03:04:05.678Z');
  });
});
