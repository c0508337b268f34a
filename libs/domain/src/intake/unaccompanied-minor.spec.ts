import type { FamilyMember } from './registration.events';
import { registered, REGISTERED_AT } from './testing/case-fixtures';

const member = (relationship: FamilyMember['relationship'], dateOfBirth: string): FamilyMember => ({
  memberId: `f-${relationship}`,
  relationship,
  firstName: 'X',
  lastName: 'Diallo',
  dateOfBirth,
  sex: 'female',
});
const CHILD_DOB = '2011-05-10'; // 15 on the day of registration

describe('A minor without an accompanying adult family member is flagged unaccompanied and urgent', () => {
  it('when a 15-year-old is registered alone, then an unaccompanied-child vulnerability is derived and an urgent need for child protection raised', () => {
    const events = registered({ dateOfBirth: CHILD_DOB });
    expect(events.map((e) => e.type)).toEqual(['intake.ReturneeRegistered', 'intake.CaseOpened', 'intake.VulnerabilityScreened', 'intake.UrgentNeedIdentified']);
    expect(events[2].data).toMatchObject({ derived: true, urgency: 'urgent', screenedAt: REGISTERED_AT, personal: { area: 'unaccompanied_or_separated_child' } });
    expect(events[3].data).toMatchObject({ serviceNeeded: 'child_protection', urgency: 'urgent', office: 'MA', screeningId: (events[2].data as { screeningId: string }).screeningId });
  });

  it('when the only family member is a younger sibling, the child is still unaccompanied', () => {
    const events = registered({ dateOfBirth: CHILD_DOB, familyMembers: [member('sibling', '2014-01-01')] });
    expect(events.map((e) => e.type)).toContain('intake.UrgentNeedIdentified');
  });

  it('when the child returns with a parent, nothing is flagged', () => {
    const events = registered({ dateOfBirth: CHILD_DOB, familyMembers: [member('parent', '1980-01-01')] });
    expect(events.map((e) => e.type)).toEqual(['intake.ReturneeRegistered', 'intake.CaseOpened']);
  });

  it('when the child returns with an adult sibling but no parent or guardian, the child is flagged separated for assessment, not urgent', () => {
    const events = registered({ dateOfBirth: CHILD_DOB, familyMembers: [member('sibling', '2000-01-01')] });
    expect(events.map((e) => e.type)).toEqual(['intake.ReturneeRegistered', 'intake.CaseOpened', 'intake.VulnerabilityScreened']);
    expect(events[2].data).toMatchObject({ urgency: 'routine', derived: true });
  });

  it('a "parent" who is a minor is not an accompanying adult', () => {
    const events = registered({ dateOfBirth: CHILD_DOB, familyMembers: [member('parent', '2010-01-01')] });
    expect(events.map((e) => e.type)).toContain('intake.UrgentNeedIdentified');
  });

  it('turns 18 on the day of registration: an adult, nothing flagged', () => {
    expect(registered({ dateOfBirth: '2008-11-02' }).map((e) => e.type)).toEqual(['intake.ReturneeRegistered', 'intake.CaseOpened']);
    expect(registered({ dateOfBirth: '2008-11-03' }).map((e) => e.type)).toContain('intake.UrgentNeedIdentified');
  });
});
