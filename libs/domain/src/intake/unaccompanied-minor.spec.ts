import type { FamilyMember, CaseEvent } from '@homeward/contracts/intake';
import type { AddFamilyMember, RemoveFamilyMember } from './case.commands';
import { afterCommands, command, given, registered, REGISTERED_AT, when, withAssistanceConsent } from './testing/case-fixtures';

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
    expect(events[2].data).toMatchObject({ urgency: 'urgent', screenedAt: REGISTERED_AT, personal: { area: 'unaccompanied_or_separated_child', derived: true } });
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
    expect(events[2].data).toMatchObject({ urgency: 'routine', personal: { derived: true } });
  });

  it('an adult spouse is no guardian: a 14-year-old whose only adult in the case is a spouse is a child at risk, urgent like an unaccompanied child', () => {
    const events = registered({ dateOfBirth: '2012-06-01', familyMembers: [member('spouse', '1990-01-01')] });
    expect(events.map((e) => e.type)).toEqual(['intake.ReturneeRegistered', 'intake.CaseOpened', 'intake.VulnerabilityScreened', 'intake.UrgentNeedIdentified']);
    expect(events[2].data).toMatchObject({ urgency: 'urgent', personal: { area: 'unaccompanied_or_separated_child', details: 'Minor whose only adult in the case is a spouse' } });
    expect(events[3].data).toMatchObject({ serviceNeeded: 'child_protection', urgency: 'urgent' });
  });

  it('with a spouse and an adult sibling, the married minor is separated: flagged for assessment', () => {
    const events = registered({ dateOfBirth: '2012-06-01', familyMembers: [member('spouse', '1990-01-01'), { ...member('sibling', '2000-01-01'), memberId: 'f-sister' }] });
    expect(events.map((e) => e.type)).toEqual(['intake.ReturneeRegistered', 'intake.CaseOpened', 'intake.VulnerabilityScreened']);
    expect(events[2].data).toMatchObject({ urgency: 'routine' });
  });

  it('with a spouse and a parent, the minor is accompanied', () => {
    const events = registered({ dateOfBirth: '2012-06-01', familyMembers: [member('spouse', '1990-01-01'), member('parent', '1975-01-01')] });
    expect(events.map((e) => e.type)).toEqual(['intake.ReturneeRegistered', 'intake.CaseOpened']);
  });

  it('turns 18 on the day of registration: an adult, nothing flagged', () => {
    expect(registered({ dateOfBirth: '2008-11-02' }).map((e) => e.type)).toEqual(['intake.ReturneeRegistered', 'intake.CaseOpened']);
    expect(registered({ dateOfBirth: '2008-11-03' }).map((e) => e.type)).toContain('intake.UrgentNeedIdentified');
  });
});

describe('…and as soon as the family changes, not only at registration', () => {
  const ids = (n: string) => ({ screeningId: `s-${n}`, needId: `n-${n}` });
  const leaves = (memberId: string, n = '1') => command<RemoveFamilyMember>('RemoveFamilyMember', { memberId, reason: 'Stayed behind', derivedIds: ids(n) });
  const types = (events: CaseEvent[]) => events.map((e) => e.type);

  it('when the parent of a 15-year-old leaves the case, the child is flagged unaccompanied and urgent at once', () => {
    const history = registered({ dateOfBirth: CHILD_DOB, familyMembers: [member('parent', '1980-01-01')] });
    const events = when(history, leaves('f-parent'));
    expect(types(events)).toEqual(['intake.FamilyMemberLeft', 'intake.VulnerabilityScreened', 'intake.UrgentNeedIdentified']);
    expect(events[2].data).toMatchObject({ serviceNeeded: 'child_protection', urgency: 'urgent', needId: 'n-1' });
  });

  it('with an adult sibling still there the child is separated; when the sibling leaves too, unaccompanied', () => {
    const history = registered({ dateOfBirth: CHILD_DOB, familyMembers: [member('parent', '1980-01-01'), member('sibling', '2000-01-01')] });
    const separated = afterCommands(history, leaves('f-parent'));
    expect(types(separated).slice(2)).toEqual(['intake.FamilyMemberLeft', 'intake.VulnerabilityScreened']);
    expect(types(when(separated, leaves('f-sibling', '2')))).toEqual(['intake.FamilyMemberLeft', 'intake.VulnerabilityScreened', 'intake.UrgentNeedIdentified']);
  });

  it('a child left alone again, after a new parent joined, is flagged again', () => {
    const history = afterCommands(
      registered({ dateOfBirth: CHILD_DOB, familyMembers: [member('parent', '1980-01-01')] }),
      leaves('f-parent'),
      command<AddFamilyMember>('AddFamilyMember', { member: { ...member('parent', '1982-02-02'), memberId: 'f-mother', firstName: 'Y' } }),
    );
    expect(types(when(history, leaves('f-mother', '2')))).toEqual(['intake.FamilyMemberLeft', 'intake.VulnerabilityScreened', 'intake.UrgentNeedIdentified']);
  });

  it('a screening typed in earlier (abuse at home, say) does not hide the flag when the parent leaves', () => {
    const history = afterCommands(
      withAssistanceConsent(registered({ dateOfBirth: CHILD_DOB, familyMembers: [member('parent', '1980-01-01')] })),
      command('RecordVulnerabilityScreening', { screeningId: 's-typed', needId: 'n-typed', area: 'unaccompanied_or_separated_child', urgency: 'urgent' }),
    );
    expect(types(when(history, leaves('f-parent')))).toContain('intake.UrgentNeedIdentified');
  });

  it('a child already flagged unaccompanied is not flagged again', () => {
    const alone = registered({ dateOfBirth: CHILD_DOB, familyMembers: [member('sibling', '2014-01-01')] });
    expect(types(when(alone, leaves('f-sibling')))).toEqual(['intake.FamilyMemberLeft']);
  });

  it('when the parent of a married minor leaves, leaving only the spouse, the child is flagged urgent at once', () => {
    const history = registered({ dateOfBirth: '2012-06-01', familyMembers: [member('spouse', '1990-01-01'), member('parent', '1975-01-01')] });
    expect(types(when(history, leaves('f-parent')))).toEqual(['intake.FamilyMemberLeft', 'intake.VulnerabilityScreened', 'intake.UrgentNeedIdentified']);
  });

  it('an adult returnee’s family changes raise nothing', () => {
    expect(types(when(registered({ familyMembers: [member('spouse', '1990-01-01')] }), leaves('f-spouse')))).toEqual(['intake.FamilyMemberLeft']);
  });

  it('a member who joins is part of the case; one who was never part of it cannot leave it', () => {
    const newcomer = member('legal_guardian', '1975-01-01');
    const joined = afterCommands(registered(), command<AddFamilyMember>('AddFamilyMember', { member: newcomer }));
    expect(given(joined)).toMatchObject({ familyMembers: [newcomer] });
    expect(() => when(joined, command<AddFamilyMember>('AddFamilyMember', { member: newcomer }))).toThrow(expect.objectContaining({ code: 'FAMILY_MEMBER_ALREADY_IN_CASE' }));
    expect(() => when(joined, leaves('f-nobody'))).toThrow(expect.objectContaining({ code: 'FAMILY_MEMBER_NOT_FOUND', field: 'memberId' }));
  });

  it('a joining member born in the future is refused', () => {
    expect(() => when(registered(), command<AddFamilyMember>('AddFamilyMember', { member: member('child', '2027-01-01') }))).toThrow(
      expect.objectContaining({ code: 'FACT_IN_FUTURE', field: 'dateOfBirth' }),
    );
  });
});
