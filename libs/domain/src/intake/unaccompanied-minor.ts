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
  dateOfBirth: string;
  /** The gravest situation already flagged on this case. */
  flagged: ChildSituation;
  derivedIds?: { screeningId: string; needId: string };
}

/**
 * A child without an adult family member in the case is unaccompanied: flagged and urgent
 * whatever anyone types in, at registration or as soon as the family changes. With adults
 * but neither parent nor guardian, the child is separated: flagged for the case manager to
 * assess. Only a situation graver than what was already flagged raises anything.
 */
export function flagChildWithoutAdult(ctx: ChildFlagContext, members: FamilyMember[], at: string): CaseEvent[] {
  const situation = childSituation(ctx.dateOfBirth, members, dayOf(at));
  if (GRAVITY[situation] <= GRAVITY[ctx.flagged]) return [];
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
      derived: true,
      personal: {
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

/** What a screening of a child's situation tells of the gravest situation flagged so far. */
export function situationFlagged(previous: ChildSituation, urgency: string): ChildSituation {
  const now: ChildSituation = urgency === 'routine' ? 'separated' : 'unaccompanied';
  return GRAVITY[now] > GRAVITY[previous] ? now : previous;
}
