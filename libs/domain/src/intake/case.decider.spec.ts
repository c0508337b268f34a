import { decideCase } from './case.decider';
import type { RegisterReturnee } from './case.commands';
import type { CaseEvent } from './case.events';
import { evolveCase, initialCaseState } from './case.state';

const given = (events: CaseEvent[]) => events.reduce(evolveCase, initialCaseState());

const register = (overrides: Partial<RegisterReturnee['data']> = {}): RegisterReturnee => ({
  type: 'RegisterReturnee',
  data: {
    caseId: 'c-1',
    returneeId: 'r-1',
    firstName: 'Awa',
    lastName: 'Diallo',
    dateOfBirth: '1994-03-02',
    sex: 'female',
    nationality: 'SN',
    languages: ['fr', 'wo'],
    hostCountry: 'MA',
    countryOfOrigin: 'SN',
    plannedReturnDate: '2026-12-15',
    ...overrides,
  },
  metadata: { now: '2026-11-23T09:00:00.000Z', userId: 'cm-7' },
});

describe('Registering a returnee opens their case', () => {
  it('given no case, when a case manager registers a returnee, then the returnee is registered and the case opened with them as case manager', () => {
    const events = decideCase(register(), given([]));
    expect(events.map((e) => e.type)).toEqual(['intake.ReturneeRegistered', 'intake.CaseOpened']);
    expect(events[0].data).toMatchObject({ returneeId: 'r-1', personal: { firstName: 'Awa', dateOfBirth: '1994-03-02' } });
    expect(events[1].data).toMatchObject({ hostCountry: 'MA', countryOfOrigin: 'SN', caseManagerId: 'cm-7', openedAt: '2026-11-23T09:00:00.000Z' });
  });

  it('keeps names and date of birth in the personal part only', () => {
    const [registered, opened] = decideCase(register(), given([]));
    const { personal, ...rest } = registered.data as { personal: unknown };
    expect(JSON.stringify(rest)).not.toMatch(/Awa|Diallo|1994/);
    expect(JSON.stringify(opened.data)).not.toMatch(/Awa|Diallo|1994/);
    expect(personal).toBeDefined();
  });

  it('given an open case, when the same case is registered again, then it is refused', () => {
    const state = given(decideCase(register(), given([])));
    expect(() => decideCase(register(), state)).toThrow(expect.objectContaining({ code: 'CASE_ALREADY_OPEN' }));
  });

  it('refuses a date of birth in the future, naming the field', () => {
    expect(() => decideCase(register({ dateOfBirth: '2026-11-24' }), given([]))).toThrow(
      expect.objectContaining({ code: 'FACT_IN_FUTURE', field: 'dateOfBirth' }),
    );
  });
});
