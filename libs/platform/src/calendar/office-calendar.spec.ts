import { ManualClock } from '@homeward/events';
import { OfficeCalendar } from './office-calendar';
import { parseOfficeTimeZones } from './office-time-zones';

describe('The office calendar: what day it is for an office', () => {
  // 23:30 UTC on 1 December is already 2 December in Paris (UTC+1), still 1 December in Dakar (UTC+0).
  const clock = new ManualClock('2026-12-01T23:30:00Z');

  it('counts days in the time zone of the office, not in UTC', () => {
    const calendar = new OfficeCalendar(clock, {});
    expect(calendar.today('FR')).toBe('2026-12-02');
    expect(calendar.today('SN')).toBe('2026-12-01');
    expect(calendar.today('MA')).toBe('2026-12-02');
  });

  it('takes the zone configured for a country over the default', () => {
    expect(new OfficeCalendar(clock, parseOfficeTimeZones('V', 'FR=Atlantic/Reykjavik')).today('FR')).toBe('2026-12-01');
  });

  it('in a country with several zones, takes the latest day: a fact dated today anywhere there is not in the future', () => {
    // 05:30 UTC: already 2 December in New York (UTC-5), still 1 December in Honolulu (UTC-10).
    const early = new ManualClock('2026-12-02T05:30:00Z');
    expect(new OfficeCalendar(early, {}).today('US')).toBe('2026-12-02');
    expect(new OfficeCalendar(early, { US: 'Pacific/Honolulu' }).today('US')).toBe('2026-12-01');
  });

  it('counts in UTC for a code the tz database does not know', () => {
    expect(new OfficeCalendar(clock, {}).today('ZZ')).toBe('2026-12-01');
  });

  it('follows the clock', () => {
    const moving = new ManualClock('2026-12-01T22:59:00Z');
    const calendar = new OfficeCalendar(moving, {});
    expect(calendar.today('FR')).toBe('2026-12-01');
    moving.advance(60_000);
    expect(calendar.today('FR')).toBe('2026-12-02');
  });

  it('refuses a configuration it cannot read, naming the variable', () => {
    expect(() => parseOfficeTimeZones('HOMEWARD_OFFICE_TIME_ZONES', 'SN=Africa/Nowhere')).toThrow(/HOMEWARD_OFFICE_TIME_ZONES.*Africa\/Nowhere/);
    expect(() => parseOfficeTimeZones('HOMEWARD_OFFICE_TIME_ZONES', 'Senegal=Africa/Dakar')).toThrow(/COUNTRY=Area\/City/);
    expect(parseOfficeTimeZones('V', ' SN=Africa/Dakar , MA=Africa/Casablanca ')).toEqual({ SN: 'Africa/Dakar', MA: 'Africa/Casablanca' });
    expect(parseOfficeTimeZones('V', undefined)).toEqual({});
  });
});
