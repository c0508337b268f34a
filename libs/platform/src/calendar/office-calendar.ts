import { systemClock, type Clock } from '@homeward/events';
import { defaultZonesOf, type OfficeTimeZones } from './office-time-zones';

export const OFFICE_CALENDAR = Symbol('OFFICE_CALENDAR');

/**
 * What time and which day it is for an office. Deciders judge "in the future" against the
 * day they are given; this is where that day comes from: the platform clock read in the
 * time zone of the office's country.
 *
 * A zone configured for the country wins. Otherwise the country's zones from the tz database;
 * where it has several, the latest of their days, so that a fact dated today anywhere in the
 * country is never refused as in the future. A country the database does not know counts in UTC.
 */
export class OfficeCalendar {
  constructor(
    private readonly clock: Clock = systemClock,
    private readonly configured: OfficeTimeZones = {},
  ) {}

  now(): Date {
    return this.clock.now();
  }

  /** The calendar day, YYYY-MM-DD, at the instant (now by default) in the office of the country. */
  today(country: string, at: Date = this.clock.now()): string {
    const zones = this.configured[country] ? [this.configured[country]] : defaultZonesOf(country);
    if (!zones.length) return at.toISOString().slice(0, 10);
    return zones.map((zone) => dayIn(zone, at)).sort().pop()!;
  }
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** en-CA writes dates as YYYY-MM-DD. */
function dayIn(zone: string, at: Date): string {
  let format = formats.get(zone);
  if (!format) formats.set(zone, (format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return format.format(at);
}
