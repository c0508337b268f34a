import type { RecordArrival, RecordReturnCircumstances, TransferCase } from './case.commands';
import { afterCommands, command, given, registered, when } from './testing/case-fixtures';

const arrival = (arrivalDate: string) => command<RecordArrival>('RecordArrival', { arrivalDate });
const transfer = () => command<TransferCase>('TransferCase', { toCaseManagerId: 'cm-sn-2', handoverNote: 'Needs follow-up on housing' });

describe('Recording arrival in the country of origin', () => {
  it('given a registered returnee, when arrival is recorded, then the returnee has arrived on that date', () => {
    expect(when(registered(), arrival('2026-11-20'))).toEqual([
      { type: 'intake.ReturneeArrived', data: { caseId: 'c-1', returneeId: 'r-1', countryOfOrigin: 'SN', arrivalDate: '2026-11-20' } },
    ]);
  });

  it('facts dated in the future are refused: arrival tomorrow', () => {
    expect(() => when(registered(), arrival('2026-11-24'))).toThrow(expect.objectContaining({ code: 'FACT_IN_FUTURE', field: 'arrivalDate' }));
  });

  it('arrival cannot precede registration', () => {
    expect(() => when(registered(), arrival('2026-11-01'))).toThrow(expect.objectContaining({ code: 'BEFORE_REGISTRATION', field: 'arrivalDate' }));
  });

  it('arrival is recorded once', () => {
    expect(() => when(afterCommands(registered(), arrival('2026-11-20')), arrival('2026-11-21'))).toThrow(expect.objectContaining({ code: 'ALREADY_ARRIVED' }));
  });

  it('there is no arrival for a case that does not exist', () => {
    expect(() => when([], arrival('2026-11-20'))).toThrow(expect.objectContaining({ code: 'CASE_NOT_FOUND' }));
  });
});

describe('Transferring the case to the office of the country of origin', () => {
  it('when the host office transfers the case, then the origin office holds it with the receiving case manager and the handover note', () => {
    const events = when(registered(), transfer());
    expect(events).toEqual([
      {
        type: 'intake.CaseTransferred',
        data: {
          caseId: 'c-1',
          fromCountry: 'MA',
          toCountry: 'SN',
          fromCaseManagerId: 'cm-7',
          toCaseManagerId: 'cm-sn-2',
          transferredAt: '2026-11-23T09:00:00.000Z',
          personal: { handoverNote: 'Needs follow-up on housing' },
        },
      },
    ]);
    expect(given([...registered(), ...events])).toMatchObject({ office: 'SN', caseManagerId: 'cm-sn-2' });
  });

  it('a case already held by the origin office cannot be transferred again', () => {
    expect(() => when(afterCommands(registered(), transfer()), transfer())).toThrow(expect.objectContaining({ code: 'ALREADY_TRANSFERRED' }));
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
