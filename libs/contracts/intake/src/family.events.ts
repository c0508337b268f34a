import type { FamilyMember } from './registration.events';

/** A family member joins the case after registration. Who they are is personal data. */
export interface FamilyMemberJoined {
  type: 'intake.FamilyMemberJoined';
  data: { caseId: string; memberId: string; personal: { member: FamilyMember } };
}

/** A family member is no longer part of the case (stayed behind, separated, passed away). */
export interface FamilyMemberLeft {
  type: 'intake.FamilyMemberLeft';
  data: { caseId: string; memberId: string; personal?: { reason?: string } };
}

export type FamilyEvent = FamilyMemberJoined | FamilyMemberLeft;
