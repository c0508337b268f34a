import { type FamilyMember, MAX_FAMILY_MEMBERS } from '@homeward/contracts/intake';
import type { AddFamilyMember, CorrectIdentity, RecordReturnCircumstances } from './case.commands';
import { afterCommands, awa, command, registered, when } from './testing/case-fixtures';
import { decideCase } from './case.decider';
import { initialCaseState } from './case.state';

// Awa was born on 1994-03-02, registered on 2026-11-02; today is 2026-11-23.
const member = (relationship: FamilyMember['relationship'], dateOfBirth: string, n = 0): FamilyMember => ({
  memberId: `f-${relationship}-${n}`,
  relationship,
  firstName: `X${n}`,
  lastName: 'Diallo',
  dateOfBirth,
  sex: 'female',
});
const register = (overrides: Parameters<typeof awa>[0]) => () => decideCase(awa(overrides), initialCaseState());
const joins = (m: FamilyMember) => command<AddFamilyMember>('AddFamilyMember', { member: m });
const refused = (code: string, field: string) => expect.objectContaining({ code, field });

describe('Registration takes only what can be', () => {
  it('a return goes from one country to another: host country and country of origin the same is refused', () => {
    expect(register({ hostCountry: 'SN', countryOfOrigin: 'SN', office: 'SN' })).toThrow(refused('OUT_OF_RANGE', 'countryOfOrigin'));
  });

  it('a return planned within two years is taken; one in 9999, or planned more than five years ago, is not', () => {
    expect(register({ plannedReturnDate: '2028-11-02' })).not.toThrow();
    expect(register({ plannedReturnDate: '2028-11-03' })).toThrow(refused('OUT_OF_RANGE', 'plannedReturnDate'));
    expect(register({ plannedReturnDate: '9999-12-31' })).toThrow(refused('OUT_OF_RANGE', 'plannedReturnDate'));
    expect(register({ plannedReturnDate: '2021-11-01' })).toThrow(refused('OUT_OF_RANGE', 'plannedReturnDate'));
    expect(register({ plannedReturnDate: '2026-10-01' })).not.toThrow();
  });

  it('a date of birth before 1900 is refused', () => {
    expect(register({ dateOfBirth: '1899-12-31' })).toThrow(refused('OUT_OF_RANGE', 'dateOfBirth'));
  });
});

describe('Family members are plausible for their relationship', () => {
  it('a "parent" younger than the returnee is refused, at registration and when joining', () => {
    expect(register({ familyMembers: [member('parent', '2000-01-01')] })).toThrow(refused('IMPLAUSIBLE_RELATIONSHIP', 'familyMembers.0.dateOfBirth'));
    expect(() => when(registered(), joins(member('parent', '2000-01-01')))).toThrow(refused('IMPLAUSIBLE_RELATIONSHIP', 'dateOfBirth'));
  });

  it('a parent is at least 12 years older, a grandparent 24; a child at least 12 years younger', () => {
    expect(register({ familyMembers: [member('parent', '1982-03-02')] })).not.toThrow();
    expect(register({ familyMembers: [member('parent', '1982-03-03')] })).toThrow(refused('IMPLAUSIBLE_RELATIONSHIP', 'familyMembers.0.dateOfBirth'));
    expect(register({ familyMembers: [member('grandparent', '1970-03-02')] })).not.toThrow();
    expect(register({ familyMembers: [member('grandparent', '1975-01-01')] })).toThrow(refused('IMPLAUSIBLE_RELATIONSHIP', 'familyMembers.0.dateOfBirth'));
    expect(register({ familyMembers: [member('child', '2006-03-02')] })).not.toThrow();
    expect(register({ familyMembers: [member('child', '2000-01-01')] })).toThrow(refused('IMPLAUSIBLE_RELATIONSHIP', 'familyMembers.0.dateOfBirth'));
  });

  it('a legal guardian is an adult; a spouse or a sibling may be of any age', () => {
    expect(register({ familyMembers: [member('legal_guardian', '2010-01-01')] })).toThrow(refused('IMPLAUSIBLE_RELATIONSHIP', 'familyMembers.0.dateOfBirth'));
    expect(register({ familyMembers: [member('spouse', '1999-01-01'), member('sibling', '2010-01-01')] })).not.toThrow();
  });

  it('a corrected date of birth that makes the returnee older than her parent is refused', () => {
    const withMother = registered({ familyMembers: [member('parent', '1970-01-01')] });
    const correction = command<CorrectIdentity>('CorrectIdentity', { dateOfBirth: '1965-01-01', reason: 'Old document', derivedIds: { screeningId: 's', needId: 'n' } });
    expect(() => when(withMother, correction)).toThrow(refused('IMPLAUSIBLE_RELATIONSHIP', 'dateOfBirth'));
  });

  it(`one cap, ${MAX_FAMILY_MEMBERS} members, whether registered together or added one by one`, () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => member('sibling', '1990-01-01', i));
    expect(register({ familyMembers: many(MAX_FAMILY_MEMBERS + 1) })).toThrow(refused('TOO_MANY_FAMILY_MEMBERS', 'familyMembers'));
    const full = afterCommands(registered({ familyMembers: many(MAX_FAMILY_MEMBERS - 1) }), joins(member('sibling', '1991-01-01', 99)));
    expect(() => when(full, joins(member('sibling', '1992-01-01', 100)))).toThrow(expect.objectContaining({ code: 'TOO_MANY_FAMILY_MEMBERS' }));
  });
});

describe('Return circumstances add up', () => {
  const circumstances = (over: Partial<RecordReturnCircumstances['data']>) =>
    command<RecordReturnCircumstances>('RecordReturnCircumstances', { timeAbroadMonths: 12, returnType: 'forced', detained: true, preparedness: 'unprepared', documentsHeld: [], ...over });

  it('9,000 days of detention after 12 months abroad is refused; detention as long as the time abroad is taken', () => {
    expect(() => when(registered(), circumstances({ detentionDays: 9000 }))).toThrow(refused('OUT_OF_RANGE', 'detentionDays'));
    expect(when(registered(), circumstances({ detentionDays: 365 }))[0].data).toMatchObject({ detentionDays: 365 });
  });

  it('more months abroad than the returnee has lived is refused', () => {
    expect(() => when(registered(), circumstances({ timeAbroadMonths: 400, detained: false }))).toThrow(refused('OUT_OF_RANGE', 'timeAbroadMonths'));
  });
});

describe('Sessions are booked within a year', () => {
  it('a session in 9999, or more than a year ago, is refused', () => {
    const schedule = (scheduledFor: string) => command('ScheduleSession', { sessionId: 's-1', phase: 'pre_departure', scheduledFor });
    expect(() => when(registered(), schedule('9999-01-01T10:00:00Z'))).toThrow(refused('OUT_OF_RANGE', 'scheduledFor'));
    expect(() => when(registered(), schedule('2025-11-01T10:00:00Z'))).toThrow(refused('OUT_OF_RANGE', 'scheduledFor'));
    expect(when(registered(), schedule('2027-06-01T10:00:00Z'))).toHaveLength(1);
  });
});
