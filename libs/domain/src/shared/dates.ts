import { DomainError } from './domain-error';

/** The calendar day of an instant, as YYYY-MM-DD (UTC). */
export const dayOf = (instant: string): string => instant.slice(0, 10);

/** Facts are what happened: a fact dated after today is a typing error or a lie. */
export function notInFuture(date: string, now: string, field: string, what: string): void {
  if (date.slice(0, 10) > dayOf(now)) throw new DomainError('FACT_IN_FUTURE', `${what} cannot be in the future`, field);
}

/** Completed years between a date of birth and a day. */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
