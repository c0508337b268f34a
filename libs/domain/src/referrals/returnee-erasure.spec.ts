import { afterCommands, command, given, referralConsent, requested, sendTraining, SYSTEM } from './testing/referral-fixtures';

const ERASED_AT = '2027-01-04T08:00:00.000Z';
const erasure = () => command('NoteErasure', { erasedAt: ERASED_AT }, SYSTEM);
const unmetNeed = () => command('RecordUnmetNeed', { unmetNeedId: 'u-1', serviceType: 'legal_aid', country: 'SN', source: 'case_manager' });
const safetyPlan = () =>
  command('RecordSafetyPlan', { safetyPlanId: 'sp-1', risks: ['Threats from the recruiter'], mitigations: ['Stays with her aunt'], emergencyContacts: [] });

describe('Intake erased the returnee: her referrals take nothing more', () => {
  it('notes the erasure once', () => {
    given(requested()).when(erasure()).then([{ type: 'referrals.ReturneeErasureNoted', data: { caseId: 'c-1', erasedAt: ERASED_AT } }]);
    given(afterCommands(requested(), erasure())).when(erasure()).thenNothing();
  });

  it('refuses what people ask afterwards, words or none (RETURNEE_ERASED)', () => {
    const erased = afterCommands(requested(), erasure());
    given(erased).when(sendTraining()).thenThrows('RETURNEE_ERASED');
    given(erased).when(unmetNeed()).thenThrows('RETURNEE_ERASED');
    given(erased).when(safetyPlan()).thenThrows('RETURNEE_ERASED');
    given(erased).when(command('DecideRelocation', { relocationId: 'rl-1', toArea: 'SN-TH', reason: 'Safer there', decidedOn: '2027-01-05' })).thenThrows('RETURNEE_ERASED');
  });

  it('before the erasure the same requests are taken', () => {
    given([]).when(unmetNeed()).thenMatches([{ type: 'referrals.UnmetNeedRecorded' }]);
    given([]).when(safetyPlan()).thenMatches([{ type: 'referrals.SafetyPlanRecorded' }]);
  });

  it('still notes what intake says of her consents', () => {
    given(afterCommands([], erasure())).when(referralConsent('k-late', 'prov-tvet')).thenMatches([{ type: 'referrals.ConsentNoted' }]);
  });
});
