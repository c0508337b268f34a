import { ERASED_PART, type CaseEvent } from '@homeward/contracts/intake';
import type { CaseCommand, EraseReturnee } from './case.commands';
import { afterCommands, command, given, NOW, registered, when, withAssistanceConsent } from './testing/case-fixtures';

const erasure = (role: string, userId = 'sup-1'): EraseReturnee => ({ ...command<EraseReturnee>('EraseReturnee', { reason: 'data_subject_request' }, NOW, userId), metadata: { now: NOW, today: NOW.slice(0, 10), userId, role } });
const erased = (history: CaseEvent[] = registered()): CaseEvent[] => [...history, ...when(history, erasure('supervisor'))];
/** The history as the store reads it once her keys are destroyed: every personal part erased. */
const asReadAfterErasure = (history: CaseEvent[]): CaseEvent[] =>
  history.map((e) => ('personal' in e.data ? ({ ...e, data: { ...e.data, personal: ERASED_PART } } as unknown as CaseEvent) : e));

describe('Erasing a returnee’s personal data', () => {
  it('given an open case, when a supervisor erases the returnee with a reason, then the erasure is recorded with its ground and nothing personal', () => {
    const [event] = when(registered(), erasure('supervisor'));
    expect(event).toEqual({ type: 'intake.ReturneeErased', data: { caseId: 'c-1', returneeId: 'r-1', erasedAt: NOW, reason: 'data_subject_request' } });
  });

  it('an admin may erase too; a case manager may not', () => {
    expect(when(registered(), erasure('admin', 'admin-1')).map((e) => e.type)).toEqual(['intake.ReturneeErased']);
    expect(() => when(registered(), erasure('case_manager', 'cm-7'))).toThrow(expect.objectContaining({ code: 'ERASURE_NOT_ALLOWED' }));
  });

  it('given an erased returnee, when erasure is requested again, then it is refused as done already (409)', () => {
    expect(() => when(erased(), erasure('admin', 'admin-1'))).toThrow(expect.objectContaining({ code: 'ALREADY_ERASED', status: 409 }));
  });

  it('given no case, when erasure is requested, then the case is not found', () => {
    expect(() => when([], erasure('supervisor'))).toThrow(expect.objectContaining({ code: 'CASE_NOT_FOUND' }));
  });

  it('given an erased returnee, when anything else is recorded in the case, then it is refused: there is no key left to seal it under', () => {
    const history = erased(withAssistanceConsent());
    const next: CaseCommand[] = [command('RecordArrival', { arrivalDate: '2026-11-20' }), command('ChangeContactDetails', { phone: '+221770000000' })];
    for (const c of next) expect(() => when(history, c)).toThrow(expect.objectContaining({ code: 'RETURNEE_ERASED', status: 409 }));
  });

  it('folds the history as it reads once the keys are gone: personal parts erased, a second request still refused', () => {
    const history = afterCommands(
      withAssistanceConsent(),
      command('AddFamilyMember', { member: { memberId: 'f-1', relationship: 'child', firstName: 'Moussa', lastName: 'Diallo', dateOfBirth: '2019-06-01', sex: 'male' } }),
      command('ChangeContactDetails', { phone: '+221770000000' }),
      command('RemoveFamilyMember', { memberId: 'f-1', derivedIds: { screeningId: 's-2', needId: 'n-2' } }),
    );
    const state = given(asReadAfterErasure(erased(history)));
    expect(state).toMatchObject({ status: 'open', caseId: 'c-1', office: 'MA', erasedAt: NOW, familyMembers: [] });
    expect(JSON.stringify(state)).not.toMatch(/Moussa|Diallo|1994-03-02|\+221/);
    expect(() => decideOn(asReadAfterErasure(erased(history)))).toThrow(expect.objectContaining({ code: 'ALREADY_ERASED' }));
  });
});

const decideOn = (history: CaseEvent[]) => when(history, erasure('supervisor'));
