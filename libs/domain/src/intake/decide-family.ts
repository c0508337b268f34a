import { IntakeError } from './intake.errors';
import { type CaseEvent, MAX_FAMILY_MEMBERS } from '@homeward/contracts/intake';
import { openCase } from './case.guards';
import type { AddFamilyMember, RemoveFamilyMember } from './case.commands';
import type { CaseState } from './case.state';
import { plausibleBirth, plausibleRelative } from './plausibility';
import { flagChildWithoutAdult } from './unaccompanied-minor';

export function addFamilyMember({ data, metadata }: AddFamilyMember, state: CaseState): CaseEvent[] {
  const open = openCase(state, data.caseId);
  plausibleBirth(data.member.dateOfBirth, metadata.today, 'dateOfBirth', 'A date of birth');
  plausibleRelative(data.member, open.dateOfBirth, metadata.today, 'dateOfBirth');
  const same = (m: typeof data.member) =>
    m.memberId === data.member.memberId ||
    (m.firstName === data.member.firstName && m.lastName === data.member.lastName && m.dateOfBirth === data.member.dateOfBirth);
  if (open.familyMembers.some(same)) {
    throw new IntakeError('FAMILY_MEMBER_ALREADY_IN_CASE', 'This family member is already part of the case', 'firstName');
  }
  if (open.familyMembers.length >= MAX_FAMILY_MEMBERS) {
    throw new IntakeError('TOO_MANY_FAMILY_MEMBERS', `A case holds at most ${MAX_FAMILY_MEMBERS} family members`, 'familyMembers');
  }
  return [{ type: 'intake.FamilyMemberJoined', data: { caseId: open.caseId, memberId: data.member.memberId, personal: { member: data.member } } }];
}

/** When a family member leaves the case, a child may be left without an adult: that is flagged at once. */
export function removeFamilyMember({ data, metadata }: RemoveFamilyMember, state: CaseState): CaseEvent[] {
  const open = openCase(state, data.caseId);
  if (!open.familyMembers.some((m) => m.memberId === data.memberId)) {
    throw new IntakeError('FAMILY_MEMBER_NOT_FOUND', `No family member ${data.memberId} in this case`, 'memberId');
  }
  const remaining = open.familyMembers.filter((m) => m.memberId !== data.memberId);
  return [
    { type: 'intake.FamilyMemberLeft', data: { caseId: open.caseId, memberId: data.memberId, ...(data.reason ? { personal: { reason: data.reason } } : {}) } },
    ...flagChildWithoutAdult(
      { ...open, derivedIds: data.derivedIds },
      { dateOfBirth: open.dateOfBirth, members: open.familyMembers },
      { dateOfBirth: open.dateOfBirth, members: remaining },
      metadata,
    ),
  ];
}
