import { ageOn } from '../shared/dates';
import type { CommandMetadata } from '../shared/command-metadata';
import type { CaseEvent, FamilyMember, Relationship } from '@homeward/contracts/intake';

const ADULT = 18;

/**
 * A returnee's situation as a child: with a parent or guardian; with other adults of the
 * family (separated); alone, or with no adult but a spouse (unaccompanied: a spouse is no
 * one's guardian, and a married minor is a child at risk).
 */
export type ChildSituation = 'not_a_child' | 'accompanied' | 'separated' | 'unaccompanied' | 'only_with_spouse';

const GRAVITY: Record<ChildSituation, number> = { not_a_child: 0, accompanied: 0, separated: 1, unaccompanied: 2, only_with_spouse: 2 };

const CARERS: readonly Relationship[] = ['parent', 'legal_guardian'];

export function childSituation(dateOfBirth: string, members: FamilyMember[], day: string): ChildSituation {
  if (ageOn(dateOfBirth, day) >= ADULT) return 'not_a_child';
  const adults = members.filter((m) => ageOn(m.dateOfBirth, day) >= ADULT);
  if (adults.some((m) => CARERS.includes(m.relationship))) return 'accompanied';
  if (adults.some((m) => m.relationship !== 'spouse')) return 'separated';
  return adults.length ? 'only_with_spouse' : 'unaccompanied';
}

const DETAILS: Record<'separated' | 'unaccompanied' | 'only_with_spouse', string> = {
  separated: 'Minor without a parent or legal guardian in the case',
  unaccompanied: 'Minor without an adult family member in the case',
  only_with_spouse: 'Minor whose only adult in the case is a spouse',
};

export interface ChildFlagContext {
  caseId: string;
  returneeId: string;
  office: string;
  derivedIds?: { screeningId: string; needId: string };
}

/** Who the returnee is and who is with them, before or after a change. */
export interface ChildCircumstances {
  dateOfBirth: string;
  members: FamilyMember[];
}

/**
 * A child without an adult family member in the case, or whose only adult is a spouse, is a
 * child at risk: flagged and urgent whatever anyone types in, at registration or the moment a change leaves them so (a parent
 * leaves the case, a corrected date of birth). With adults but neither parent nor guardian,
 * the child is separated: flagged for the case manager to assess. A flag is raised by the
 * change that makes the situation graver, so a child left alone again is flagged again.
 */
export function flagChildWithoutAdult(
  ctx: ChildFlagContext,
  before: ChildCircumstances | null,
  after: ChildCircumstances,
  { now: at, today: day }: Pick<CommandMetadata, 'now' | 'today'>,
): CaseEvent[] {
  const situation = childSituation(after.dateOfBirth, after.members, day);
  const previous = before ? childSituation(before.dateOfBirth, before.members, day) : 'not_a_child';
  if (GRAVITY[situation] <= GRAVITY[previous]) return [];
  if (situation === 'not_a_child' || situation === 'accompanied') return [];
  const ids = ctx.derivedIds;
  if (!ids) throw new Error('derivedIds are required where a child may be left without an adult');
  const unaccompanied = situation !== 'separated';
  const screened: CaseEvent = {
    type: 'intake.VulnerabilityScreened',
    data: {
      caseId: ctx.caseId,
      screeningId: ids.screeningId,
      urgency: unaccompanied ? 'urgent' : 'routine',
      screenedAt: at,
      personal: {
        derived: true,
        area: 'unaccompanied_or_separated_child',
        details: DETAILS[situation],
      },
    },
  };
  if (!unaccompanied) return [screened];
  return [
    screened,
    {
      type: 'intake.UrgentNeedIdentified',
      data: {
        caseId: ctx.caseId,
        returneeId: ctx.returneeId,
        needId: ids.needId,
        screeningId: ids.screeningId,
        serviceNeeded: 'child_protection',
        urgency: 'urgent',
        identifiedAt: at,
        office: ctx.office,
      },
    },
  ];
}
