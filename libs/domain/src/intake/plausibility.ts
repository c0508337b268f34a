import { ageOn, notInFuture, yearsAfter } from '../shared/dates';
import { IntakeError } from './intake.errors';
import type { FamilyMember, Relationship } from '@homeward/contracts/intake';


/** No one alive was born before this day. */
export const EARLIEST_BIRTH = '1900-01-01';

/** A return is planned within two years; one planned more than five years ago is a typing error. */
export const PLANNED_RETURN_YEARS = { before: 5, after: 2 } as const;

/** Sessions are booked within a year of today, either way (a session held and recorded late included). */
export const SESSION_YEARS = 1;

/**
 * How much older (positive) or younger (negative) than the returnee a family member must be,
 * in completed years. A parent has a child at 12 at the earliest, a grandparent two such
 * generations up; a step-parent or adoptive parent younger than that is recorded as a legal
 * guardian or other relative. Spouses, siblings and other relatives can be of any age.
 */
const AGE_GAP: Partial<Record<Relationship, { olderBy?: number; youngerBy?: number }>> = {
  parent: { olderBy: 12 },
  grandparent: { olderBy: 24 },
  child: { youngerBy: 12 },
};

/** A date of birth no one alive can have: in the future or before 1900. */
export function plausibleBirth(dateOfBirth: string, today: string, field: string, what = 'The date of birth'): void {
  notInFuture(dateOfBirth, today, field, what);
  if (dateOfBirth < EARLIEST_BIRTH) throw new IntakeError('OUT_OF_RANGE', `${what} is before ${EARLIEST_BIRTH.slice(0, 4)}`, field);
}

/** A guardian is an adult; a parent, grandparent or child is older or younger than the returnee by a generation. */
export function plausibleRelative(member: Pick<FamilyMember, 'relationship' | 'dateOfBirth'>, returneeBorn: string, today: string, field: string): void {
  if (member.relationship === 'legal_guardian' && ageOn(member.dateOfBirth, today) < 18) {
    throw new IntakeError('IMPLAUSIBLE_RELATIONSHIP', 'A legal guardian is an adult', field);
  }
  const gap = AGE_GAP[member.relationship];
  if (!gap) return;
  const older = ageOn(member.dateOfBirth, returneeBorn);
  if (gap.olderBy !== undefined && older < gap.olderBy) {
    throw new IntakeError('IMPLAUSIBLE_RELATIONSHIP', `A ${member.relationship} is at least ${gap.olderBy} years older than the returnee`, field);
  }
  if (gap.youngerBy !== undefined && ageOn(returneeBorn, member.dateOfBirth) < gap.youngerBy) {
    throw new IntakeError('IMPLAUSIBLE_RELATIONSHIP', `A ${member.relationship} is at least ${gap.youngerBy} years younger than the returnee`, field);
  }
}

/** A day within so many years before and after today. */
export function withinYears(day: string, today: string, years: { before: number; after: number }, field: string, what: string): void {
  if (day.slice(0, 10) > yearsAfter(today, years.after)) throw new IntakeError('OUT_OF_RANGE', `${what} is more than ${yearsText(years.after)} ahead`, field);
  if (day.slice(0, 10) < yearsAfter(today, -years.before)) {
    throw new IntakeError('OUT_OF_RANGE', years.before ? `${what} is more than ${yearsText(years.before)} ago` : `${what} is before today`, field);
  }
}

const yearsText = (n: number) => (n === 1 ? 'a year' : `${n} years`);
