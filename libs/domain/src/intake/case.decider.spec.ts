import { awa, given, registered, REGISTERED_AT } from './testing/case-fixtures';
import { decideCase } from './case.decider';
import { initialCaseState } from './case.state';

describe('Registering a returnee opens their case', () => {
  it('given no case, when a case manager registers a returnee, then the returnee is registered and the case opened with them as case manager', () => {
    const events = decideCase(awa(), initialCaseState());
    expect(events.map((e) => e.type)).toEqual(['intake.ReturneeRegistered', 'intake.CaseOpened']);
    expect(events[0].data).toMatchObject({ returneeId: 'r-1', personal: { firstName: 'Awa', dateOfBirth: '1994-03-02' } });
    expect(events[1].data).toMatchObject({ hostCountry: 'MA', countryOfOrigin: 'SN', caseManagerId: 'cm-7', openedAt: REGISTERED_AT });
  });

  it('keeps names, date of birth, contact and family in the personal part only', () => {
    const [registeredEvent, opened] = decideCase(
      awa({ phone: '+221770000000', familyMembers: [{ memberId: 'f-1', relationship: 'child', firstName: 'Moussa', lastName: 'Diallo', dateOfBirth: '2019-06-01', sex: 'male' }] }),
      initialCaseState(),
    );
    const { personal, ...rest } = registeredEvent.data as { personal: unknown };
    expect(JSON.stringify(rest)).not.toMatch(/Awa|Diallo|1994|Moussa|2019|\+221/);
    expect(JSON.stringify(opened.data)).not.toMatch(/Awa|Diallo|1994/);
    expect(personal).toMatchObject({ phone: '+221770000000', familyMembers: [{ firstName: 'Moussa' }] });
  });

  it('given an open case, when the same case is registered again, then it is refused', () => {
    expect(() => decideCase(awa(), given(registered()))).toThrow(expect.objectContaining({ code: 'CASE_ALREADY_OPEN' }));
  });

  it('refuses a date of birth in the future, naming the field', () => {
    expect(() => decideCase(awa({ dateOfBirth: '2026-11-03' }), initialCaseState())).toThrow(
      expect.objectContaining({ code: 'FACT_IN_FUTURE', field: 'dateOfBirth' }),
    );
  });

  it("refuses a family member's date of birth in the future, naming which member", () => {
    const member = { memberId: 'f-1', relationship: 'spouse' as const, firstName: 'Ibou', lastName: 'Diallo', dateOfBirth: '2027-01-01', sex: 'male' as const };
    expect(() => decideCase(awa({ familyMembers: [member] }), initialCaseState())).toThrow(
      expect.objectContaining({ code: 'FACT_IN_FUTURE', field: 'familyMembers.0.dateOfBirth' }),
    );
  });
});

describe('The same person cannot be registered twice', () => {
  it('given a likely duplicate (same name, date of birth and nationality), when registering without override, then it is refused with a link to the existing case', () => {
    expect(() => decideCase(awa({ likelyDuplicates: ['c-0'] }), initialCaseState())).toThrow(
      expect.objectContaining({ code: 'LIKELY_DUPLICATE', field: 'duplicateOverride', details: { existingCaseIds: ['c-0'] } }),
    );
  });

  it('when the case manager overrides with a reason, then the person is registered and the override recorded with its reason kept personal', () => {
    const [event] = decideCase(awa({ likelyDuplicates: ['c-0'], duplicateOverride: { reason: 'Another person: different father name' } }), initialCaseState());
    expect(event.data).toMatchObject({
      duplicateOverride: { duplicates: 1 },
      personal: { duplicateOverrideReason: 'Another person: different father name', duplicateOfCaseIds: ['c-0'] },
    });
  });

  it('without any likely duplicate, no override is recorded even if one is sent', () => {
    const [event] = decideCase(awa({ likelyDuplicates: [], duplicateOverride: { reason: 'just in case' } }), initialCaseState());
    expect(event.data).not.toHaveProperty('duplicateOverride');
  });
});

describe('The office that registers holds the case', () => {
  it('before departure, the host-country office', () => {
    expect(given(registered())).toMatchObject({ office: 'MA' });
  });

  it('for someone first met on arrival, the office of the country of origin', () => {
    const events = registered({ office: 'SN' });
    expect(events[1].data).toMatchObject({ office: 'SN', hostCountry: 'MA' });
    expect(given(events)).toMatchObject({ office: 'SN' });
  });

  it('no third country registers the case', () => {
    expect(() => registered({ office: 'FR' })).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE', field: 'office' }));
  });

  it('refuses a family member born before 1900, naming which', () => {
    const member = { memberId: 'f-1', relationship: 'parent' as const, firstName: 'A', lastName: 'D', dateOfBirth: '0001-01-01', sex: 'male' as const };
    expect(() => registered({ familyMembers: [member] })).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE', field: 'familyMembers.0.dateOfBirth' }));
  });
});
