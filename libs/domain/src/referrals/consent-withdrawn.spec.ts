import { CLINIC } from './testing/provider-fixtures';
import { accepted, afterCommands, command, given, hoursLater, NOW, onReferral, referralConsent, requested, requestTraining, sendTraining, sent, stateOf, urgentNeed, withdrawal } from './testing/referral-fixtures';

const held = (referralId: string, providerId: string, consentId = 'k-ref-tvet') => ({
  type: 'referrals.ReferralPutOnHold',
  data: { caseId: 'c-1', referralId, providerId, consentId, reason: 'consent_withdrawn', heldAt: NOW },
});

describe('Consent can be withdrawn at any time; from then on nothing new is shared under it', () => {
  it('withdrawing the consent a referral was sent under puts it on hold in the same decision', () => {
    given(sent()).when(withdrawal('k-ref-tvet')).thenMatches([{ type: 'referrals.ConsentNoted', data: { consentId: 'k-ref-tvet', decision: 'withdrawn', formVersion: 'ref-v1' } }, held('r-tvet', 'prov-tvet')]);
  });

  it('every open referral under it is held: requested to the provider it names, accepted ones too; closed ones are left as they are', () => {
    const history = afterCommands(
      accepted(),
      requestTraining({ referralId: 'r-tvet-2', source: { kind: 'case_manager' } }),
      requestTraining({ referralId: 'r-tvet-old', source: { kind: 'case_manager' } }),
      command('CloseReferral', { referralId: 'r-tvet-old', reason: 'no_longer_needed' }),
      referralConsent('k-clinic', 'prov-clinic'),
      command('RequestReferral', { referralId: 'r-clinic', source: { kind: 'case_manager' }, serviceType: 'medical_health', provider: CLINIC, office: 'SN' }),
    );
    given(history).when(withdrawal('k-ref-tvet', 'prov-tvet')).thenMatches([{ type: 'referrals.ConsentNoted' }, held('r-tvet', 'prov-tvet'), held('r-tvet-2', 'prov-tvet')]);
  });

  it('a held referral takes no step until it is sent again under a new consent, then goes on where it was', () => {
    const onHold = afterCommands(accepted(), withdrawal('k-ref-tvet'));
    given(onHold).when(command('RecordServiceDelivery', { referralId: 'r-tvet', deliveredOn: '2027-01-05' })).thenThrows('REFERRAL_ON_HOLD');
    given(onHold).when(sendTraining()).thenThrows('REFERRAL_CONSENT_MISSING');
    const later = hoursLater(48);
    const resent = afterCommands(onHold, referralConsent('k-ref-tvet-2', 'prov-tvet', { decidedOn: '2027-01-07' }), sendTraining({}, later));
    expect(resent[resent.length - 1]).toMatchObject({ type: 'referrals.ReferralSent', data: { consentId: 'k-ref-tvet-2' } });
    expect(stateOf(resent).referrals['r-tvet']).toMatchObject({ status: 'accepted', consentId: 'k-ref-tvet-2' });
  });

  it('a held referral is not held twice, and a withdrawal delivered again is noted once', () => {
    const onHold = afterCommands(sent(), withdrawal('k-ref-tvet'));
    given(onHold).when(withdrawal('k-ref-tvet')).thenNothing();
    given(onHold).when(withdrawal('k-ref-other', 'prov-tvet')).thenMatches([{ type: 'referrals.ConsentNoted' }]);
  });

  it('withdrawing consent to another provider leaves this referral alone', () => {
    given(sent()).when(withdrawal('k-other', 'prov-other')).thenMatches([{ type: 'referrals.ConsentNoted', data: { formVersion: 'unknown', dataCategories: [] } }]);
  });

  it('a withdrawal naming nobody stops referral to everyone, as the register reads it', () => {
    given(requested()).when(withdrawal('k-none')).thenMatches([{ type: 'referrals.ConsentNoted' }, held('r-tvet', 'prov-tvet', 'k-none')]);
  });

  it('a referral sent under the emergency exception is held when she withdraws a consent naming its provider', () => {
    const exception = afterCommands([], urgentNeed(), referralConsent('k-clinic', 'prov-clinic'));
    given(exception).when(withdrawal('k-clinic', 'prov-clinic')).thenMatches([{ type: 'referrals.ConsentNoted' }, held('urgent-n-1', 'prov-clinic', 'k-clinic')]);
  });

  it('a held referral, closed, is closed for good', () => {
    const onHold = afterCommands(sent(), withdrawal('k-ref-tvet'));
    given(onHold).when(command('CloseReferral', { referralId: 'r-tvet', reason: 'consent_withdrawn' })).thenMatches([{ type: 'referrals.ReferralClosed', data: { reason: 'consent_withdrawn' } }]);
    given(onHold).when(onReferral('AcknowledgeReferral')).thenThrows('REFERRAL_ON_HOLD');
  });
});
