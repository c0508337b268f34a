import { DateError } from './dates.errors';

/** The calendar day of an instant, as YYYY-MM-DD (UTC). */
export const dayOf = (instant: string): string => instant.slice(0, 10);

/** Facts are what happened: a fact dated after the office's today is a typing error or a lie. */
export function notInFuture(date: string, today: string, field: string, what: string): void {
  if (date.slice(0, 10) > today) throw new DateError('FACT_IN_FUTURE', `${what} cannot be in the future`, field);
}

/** Completed years between a date of birth and a day. */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The day so many years after (or, negative, before) another: 29 February falls back to the 28th. */
export function yearsAfter(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y + years, m - 1, d));
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

/** Whole months between a date of birth and a day. */
export function monthsOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  return (y - by) * 12 + (m - bm) - (d < bd ? 1 : 0);
}

/** The same day so many months later: the 31st falls back to the last day of a shorter month. */
export function monthsAfter(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(d, lastDay));
  return date.toISOString().slice(0, 10);
}
