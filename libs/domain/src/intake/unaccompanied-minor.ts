import { ageOn, dayOf } from '../shared/dates';
import type { CaseEvent } from './case.events';
import type { RegisterReturnee } from './case.commands';
import type { FamilyMember } from './registration.events';

const ADULT = 18;

/**
 * A child registered without an adult family member is unaccompanied: flagged and urgent
 * from the moment of registration, whatever anyone types in. With adults but neither
 * parent nor guardian, the child is separated: flagged for the case manager to assess.
 */
export function childWithoutAdult(data: RegisterReturnee['data'], screenedAt: string): CaseEvent[] {
  const today = dayOf(screenedAt);
  if (ageOn(data.dateOfBirth, today) >= ADULT) return [];
  const adults = (data.familyMembers ?? []).filter((m) => ageOn(m.dateOfBirth, today) >= ADULT);
  const carer = adults.some((m: FamilyMember) => m.relationship === 'parent' || m.relationship === 'legal_guardian');
  if (carer) return [];
  const ids = data.derivedIds;
  if (!ids) throw new Error('derivedIds are required to register a minor');
  const unaccompanied = adults.length === 0;
  const events: CaseEvent[] = [
    {
      type: 'intake.VulnerabilityScreened',
      data: {
        caseId: data.caseId,
        screeningId: ids.screeningId,
        urgency: unaccompanied ? 'urgent' : 'routine',
        screenedAt,
        derived: true,
        personal: {
          area: 'unaccompanied_or_separated_child',
          details: unaccompanied ? 'Minor registered without an adult family member' : 'Minor registered without a parent or legal guardian',
        },
      },
    },
  ];
  if (!unaccompanied) return events;
  return [
    ...events,
    {
      type: 'intake.UrgentNeedIdentified',
      data: {
        caseId: data.caseId,
        returneeId: data.returneeId,
        needId: ids.needId,
        screeningId: ids.screeningId,
        serviceNeeded: 'child_protection',
        urgency: 'urgent',
        identifiedAt: screenedAt,
        office: data.office,
      },
    },
  ];
}
