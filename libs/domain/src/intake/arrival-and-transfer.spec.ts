import type { AcceptCase, AssignCase, RecordArrival, RecordReturnCircumstances, TransferCase } from './case.commands';
import { afterCommands, command, given, NOW, registered, when } from './testing/case-fixtures';

const arrival = (arrivalDate: string) => command<RecordArrival>('RecordArrival', { arrivalDate });
const transfer = (userId = 'cm-7', role = 'case_manager') =>
  ({ ...command<TransferCase>('TransferCase', { handoverNote: 'Needs follow-up on housing' }), metadata: { now: NOW, today: NOW.slice(0, 10), userId, role } }) as TransferCase;
const assign = (caseManagerId: string, role = 'supervisor') =>
  ({ ...command<AssignCase>('AssignCase', { caseManagerId }), metadata: { now: NOW, today: NOW.slice(0, 10), userId: 'sup-sn', role } }) as AssignCase;
const accept = (userId: string, role = 'case_manager') => ({ ...command<AcceptCase>('AcceptCase', {}), metadata: { now: NOW, today: NOW.slice(0, 10), userId, role } }) as AcceptCase;

describe('Recording arrival in the country of origin', () => {
  it('given a registered returnee, when arrival is recorded, then the returnee has arrived on that date', () => {
    expect(when(registered(), arrival('2026-11-20'))).toEqual([
      { type: 'intake.ReturneeArrived', data: { caseId: 'c-1', returneeId: 'r-1', countryOfOrigin: 'SN', arrivalDate: '2026-11-20' } },
    ]);
  });

  it('facts dated in the future are refused: arrival tomorrow', () => {
    expect(() => when(registered(), arrival('2026-11-24'))).toThrow(expect.objectContaining({ code: 'FACT_IN_FUTURE', field: 'arrivalDate' }));
  });

  it('arrival cannot precede registration by the host office: the person was still abroad', () => {
    expect(() => when(registered(), arrival('2026-11-01'))).toThrow(expect.objectContaining({ code: 'BEFORE_REGISTRATION', field: 'arrivalDate' }));
  });

  describe('someone first met on arrival, registered by the origin office', () => {
    const metOnArrival = () => registered({ office: 'SN' });

    it('arrived yesterday, registered today: the arrival is recorded as it was', () => {
      const today = command<RecordArrival>('RecordArrival', { arrivalDate: '2026-11-01' }, '2026-11-02T15:00:00.000Z');
      expect(when(metOnArrival(), today)).toEqual([expect.objectContaining({ type: 'intake.ReturneeArrived', data: expect.objectContaining({ arrivalDate: '2026-11-01' }) })]);
    });

    it('arrived months before registration: still what happened', () => {
      expect(when(metOnArrival(), arrival('2026-06-30'))[0].data).toMatchObject({ arrivalDate: '2026-06-30' });
    });

    it('but never in the future, nor before the returnee was born', () => {
      expect(() => when(metOnArrival(), arrival('2026-11-24'))).toThrow(expect.objectContaining({ code: 'FACT_IN_FUTURE', field: 'arrivalDate' }));
      expect(() => when(metOnArrival(), arrival('1990-01-01'))).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE', field: 'arrivalDate' }));
    });

    it('and a transfer does not make a host-registered case one met on arrival', () => {
      expect(() => when(afterCommands(registered(), transfer()), arrival('2026-11-01'))).toThrow(expect.objectContaining({ code: 'BEFORE_REGISTRATION' }));
    });
  });

  it('the registration day is the office\'s: a case opened at 23:30 UTC in an office already on the next day opened on that day', () => {
    const lateRegistration = registered({}, { now: '2026-11-01T23:30:00.000Z', today: '2026-11-02' });
    expect(lateRegistration[1].data).toMatchObject({ openedAt: '2026-11-01T23:30:00.000Z', openedOn: '2026-11-02' });
    expect(() => when(lateRegistration, arrival('2026-11-01'))).toThrow(expect.objectContaining({ code: 'BEFORE_REGISTRATION' }));
  });

  it('a case opened before the registration day was recorded counts the UTC day of its opening', () => {
    const [registeredEvent, opened] = registered();
    const { openedOn: _, ...early } = opened.data as { openedOn?: string };
    const history = [registeredEvent, { ...opened, data: early }] as typeof opened[];
    expect(given(history)).toMatchObject({ openedOn: '2026-11-02' });
  });

  it('"today" is the office\'s day: at 00:30 in an office at UTC+1, an arrival dated today is not in the future', () => {
    const justAfterMidnight = command<RecordArrival>('RecordArrival', { arrivalDate: '2026-11-24' }, '2026-11-23T23:30:00.000Z');
    const inTheOffice = { ...justAfterMidnight, metadata: { ...justAfterMidnight.metadata, today: '2026-11-24' } };
    expect(when(registered(), inTheOffice)[0].data).toMatchObject({ arrivalDate: '2026-11-24' });
    expect(() => when(registered(), justAfterMidnight)).toThrow(expect.objectContaining({ code: 'FACT_IN_FUTURE' }));
  });

  it('arrival is recorded once', () => {
    expect(() => when(afterCommands(registered(), arrival('2026-11-20')), arrival('2026-11-21'))).toThrow(expect.objectContaining({ code: 'ALREADY_ARRIVED' }));
  });

  it('there is no arrival for a case that does not exist', () => {
    expect(() => when([], arrival('2026-11-20'))).toThrow(expect.objectContaining({ code: 'CASE_NOT_FOUND' }));
  });
});

describe('Transferring the case to the office of the country of origin', () => {
  it('when the case manager transfers the case, then the origin office holds it, waiting for a case manager of its own, with the handover note', () => {
    const events = when(registered(), transfer());
    expect(events).toEqual([
      {
        type: 'intake.CaseTransferred',
        data: {
          caseId: 'c-1',
          fromCountry: 'MA',
          toCountry: 'SN',
          fromCaseManagerId: 'cm-7',
          transferredAt: '2026-11-23T09:00:00.000Z',
          personal: { handoverNote: 'Needs follow-up on housing' },
        },
      },
    ]);
    const state = given([...registered(), ...events]);
    expect(state).toMatchObject({ office: 'SN' });
    expect(state).not.toHaveProperty('caseManagerId');
  });

  it('a supervisor of the office may transfer a case that is not theirs', () => {
    expect(when(registered(), transfer('sup-ma', 'supervisor'))[0].type).toBe('intake.CaseTransferred');
  });

  it('a colleague who is not the case manager of the case may not transfer it (to himself or anyone)', () => {
    expect(() => when(registered(), transfer('cm-colleague'))).toThrow(expect.objectContaining({ code: 'NOT_OWN_CASE' }));
  });

  it('a case already held by the origin office cannot be transferred again', () => {
    expect(() => when(afterCommands(registered(), transfer()), transfer('sup-sn', 'supervisor'))).toThrow(expect.objectContaining({ code: 'ALREADY_TRANSFERRED' }));
  });
});

describe('Who manages a case in the receiving office', () => {
  const transferred = () => afterCommands(registered(), transfer());

  it('given a transferred case, when a supervisor of the receiving office assigns it, then that case manager holds it', () => {
    const events = when(transferred(), assign('cm-sn-2'));
    expect(events).toEqual([
      { type: 'intake.CaseAssigned', data: { caseId: 'c-1', office: 'SN', caseManagerId: 'cm-sn-2', how: 'assigned', assignedAt: NOW } },
    ]);
    expect(given([...transferred(), ...events])).toMatchObject({ office: 'SN', caseManagerId: 'cm-sn-2' });
  });

  it('given a transferred case, when a case manager there accepts it, then it is theirs', () => {
    const events = when(transferred(), accept('cm-sn-3'));
    expect(events).toEqual([
      { type: 'intake.CaseAssigned', data: { caseId: 'c-1', office: 'SN', caseManagerId: 'cm-sn-3', how: 'accepted', assignedAt: NOW } },
    ]);
    expect(given([...transferred(), ...events])).toMatchObject({ caseManagerId: 'cm-sn-3' });
  });

  it('a case that has a case manager is not accepted by another: reassignment is a supervisor\'s act', () => {
    const held = afterCommands(transferred(), accept('cm-sn-3'));
    expect(() => when(held, accept('cm-sn-4'))).toThrow(expect.objectContaining({ code: 'CASE_ALREADY_ASSIGNED' }));
    expect(when(held, assign('cm-sn-4'))).toEqual([
      { type: 'intake.CaseAssigned', data: { caseId: 'c-1', office: 'SN', caseManagerId: 'cm-sn-4', previousCaseManagerId: 'cm-sn-3', how: 'assigned', assignedAt: NOW } },
    ]);
  });

  it('inside the registering office too, a case moves from one case manager to another only by a supervisor', () => {
    expect(() => when(registered(), accept('cm-colleague'))).toThrow(expect.objectContaining({ code: 'CASE_ALREADY_ASSIGNED' }));
    expect(() => when(registered(), assign('cm-colleague', 'case_manager'))).toThrow(expect.objectContaining({ code: 'SUPERVISOR_ONLY' }));
    expect(when(registered(), assign('cm-colleague'))[0]).toMatchObject({ data: { caseManagerId: 'cm-colleague', previousCaseManagerId: 'cm-7' } });
  });

  it('a supervisor accepts nothing for himself: he assigns', () => {
    expect(() => when(transferred(), accept('sup-sn', 'supervisor'))).toThrow(expect.objectContaining({ code: 'CASE_MANAGER_ONLY' }));
  });

  it('assigning the case to the case manager who holds it changes nothing and says so', () => {
    expect(() => when(registered(), assign('cm-7'))).toThrow(expect.objectContaining({ code: 'CASE_ALREADY_ASSIGNED', field: 'caseManagerId' }));
  });
});

describe('Return circumstances', () => {
  const circumstances = (over: Partial<RecordReturnCircumstances['data']> = {}) =>
    command<RecordReturnCircumstances>('RecordReturnCircumstances', {
      timeAbroadMonths: 30,
      returnType: 'forced',
      detained: true,
      detentionDays: 45,
      preparedness: 'unprepared',
      documentsHeld: ['national_id'],
      notes: 'Lost passport in detention',
      ...over,
    });

  it('records time abroad, type of return, detention, preparedness and documents, with notes kept personal', () => {
    const [event] = when(registered(), circumstances());
    expect(event).toEqual({
      type: 'intake.ReturnCircumstancesRecorded',
      data: {
        caseId: 'c-1',
        timeAbroadMonths: 30,
        returnType: 'forced',
        detained: true,
        detentionDays: 45,
        preparedness: 'unprepared',
        documentsHeld: ['national_id'],
        personal: { notes: 'Lost passport in detention' },
      },
    });
  });

  it('refuses days of detention for someone who was not detained', () => {
    expect(() => when(registered(), circumstances({ detained: false }))).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE', field: 'detentionDays' }));
  });
});

describe('Contact details change, a new phone after return say', () => {
  it('records the whole new set as personal data, leaving out what is no longer valid', () => {
    const [event] = when(registered({ phone: '+212600000000', email: 'awa@example.org' }), command('ChangeContactDetails', { phone: '+221770000000', address: 'Thiès' }));
    expect(event).toEqual({
      type: 'intake.ContactDetailsChanged',
      data: { caseId: 'c-1', changedAt: '2026-11-23T09:00:00.000Z', personal: { phone: '+221770000000', address: 'Thiès' } },
    });
  });
});

describe('Contact details cannot be emptied by mistake', () => {
  it('refuses a change that gives no detail at all', () => {
    expect(() => when(registered(), command('ChangeContactDetails', {}))).toThrow(expect.objectContaining({ code: 'NOTHING_TO_CORRECT' }));
  });
});
