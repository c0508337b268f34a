import { ageOn, dayOf } from '../shared/dates';
import type { CaseEvent } from './case.events';
import type { FamilyMember } from './registration.events';

const ADULT = 18;

/** A returnee's situation as a child: with a parent or guardian, with adults only (separated), or alone. */
export type ChildSituation = 'not_a_child' | 'accompanied' | 'separated' | 'unaccompanied';

const GRAVITY: Record<ChildSituation, number> = { not_a_child: 0, accompanied: 0, separated: 1, unaccompanied: 2 };

export function childSituation(dateOfBirth: string, members: FamilyMember[], day: string): ChildSituation {
  if (ageOn(dateOfBirth, day) >= ADULT) return 'not_a_child';
  const adults = members.filter((m) => ageOn(m.dateOfBirth, day) >= ADULT);
  if (adults.some((m) => m.relationship === 'parent' || m.relationship === 'legal_guardian')) return 'accompanied';
  return adults.length ? 'separated' : 'unaccompanied';
}

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
 * A child without an adult family member in the case is unaccompanied: flagged and urgent
 * whatever anyone types in, at registration or the moment a change leaves them so (a parent
 * leaves the case, a corrected date of birth). With adults but neither parent nor guardian,
 * the child is separated: flagged for the case manager to assess. A flag is raised by the
 * change that makes the situation graver, so a child left alone again is flagged again.
 */
export function flagChildWithoutAdult(ctx: ChildFlagContext, before: ChildCircumstances | null, after: ChildCircumstances, at: string): CaseEvent[] {
  const day = dayOf(at);
  const situation = childSituation(after.dateOfBirth, after.members, day);
  const previous = before ? childSituation(before.dateOfBirth, before.members, day) : 'not_a_child';
  if (GRAVITY[situation] <= GRAVITY[previous]) return [];
  const ids = ctx.derivedIds;
  if (!ids) throw new Error('derivedIds are required where a child may be left without an adult');
  const unaccompanied = situation === 'unaccompanied';
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
        details: unaccompanied ? 'Minor without an adult family member in the case' : 'Minor without a parent or legal guardian in the case',
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
