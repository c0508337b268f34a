import { snapshot, TVET } from './testing/provider-fixtures';
import {
  accepted,
  afterCommands,
  command,
  consented,
  delivered,
  followedUp,
  given,
  NOW,
  onReferral,
  PROVIDER_USER,
  requested,
  requestTraining,
  sendTraining,
  sent,
  stateOf,
  TODAY,
} from './testing/referral-fixtures';

const decline = (referralId = 'r-tvet') => command('DeclineReferral', { referralId, reason: 'no_capacity', note: 'Next intake in April' }, PROVIDER_USER);
const deliver = (deliveredOn = TODAY) => command('RecordServiceDelivery', { referralId: 'r-tvet', deliveredOn, note: 'Course completed' });
const followUp = () => command('RecordFollowUp', { referralId: 'r-tvet', outcome: 'need_met', followedUpOn: TODAY });
const close = (reason: 'service_completed' | 'declined' | 'no_longer_needed' = 'service_completed') => command('CloseReferral', { referralId: 'r-tvet', reason });

describe('A referral is requested, sent, accepted or declined, delivered, followed up and closed: each step an event', () => {
  it('a case manager refers a plan element to an active provider that offers its type', () => {
    given(consented()).when(requestTraining({ note: 'She prefers morning classes' })).then([
      {
        type: 'referrals.ReferralRequested',
        data: {
          caseId: 'c-1',
          referralId: 'r-tvet',
          source: { kind: 'plan_element', planVersion: 1, elementId: 'e-training' },
          serviceType: 'vocational_training',
          providerId: 'prov-tvet',
          office: 'SN',
          requestedAt: NOW,
          personal: { note: 'She prefers morning classes' },
        },
      },
    ]);
  });

  it('a referral to a suspended provider is refused', () => {
    given([]).when(requestTraining({ provider: { ...TVET, status: 'suspended' } })).thenThrows('PROVIDER_SUSPENDED', { field: 'providerId' });
  });

  it('a referral for a service type the provider does not offer is refused', () => {
    given([]).when(requestTraining({ serviceType: 'legal_aid' })).thenThrows('SERVICE_NOT_OFFERED', { field: 'serviceType' });
  });

  it('a referral id is used once in a case', () => {
    given(requested()).when(requestTraining({ source: { kind: 'case_manager' } })).thenThrows('REFERRAL_ALREADY_EXISTS');
  });

  it('a plan element already referred to the same provider and still open is not referred twice: planning may say it again', () => {
    given(requested()).when(requestTraining({ referralId: 'r-tvet-again' })).thenNothing();
    const other = snapshot('prov-tvet-2');
    given(requested()).when(requestTraining({ referralId: 'r-tvet-2', provider: other })).thenMatches([{ type: 'referrals.ReferralRequested', data: { providerId: 'prov-tvet-2' } }]);
  });

  it('the provider accepts a referral it received, with the day it starts', () => {
    given(sent()).when(command('AcceptReferral', { referralId: 'r-tvet', startOn: '2027-02-01' }, PROVIDER_USER)).then([
      { type: 'referrals.ReferralAccepted', data: { caseId: 'c-1', referralId: 'r-tvet', providerId: 'prov-tvet', acceptedAt: NOW, startOn: '2027-02-01' } },
    ]);
  });

  it('or declines it, with the reason', () => {
    given(sent()).when(decline()).then([
      { type: 'referrals.ReferralDeclined', data: { caseId: 'c-1', referralId: 'r-tvet', providerId: 'prov-tvet', reason: 'no_capacity', declinedAt: NOW, personal: { note: 'Next intake in April' } } },
    ]);
  });

  it('a referral not sent yet is not the provider’s to answer, and it answers once', () => {
    given(requested()).when(onReferral('AcceptReferral')).thenThrows('REFERRAL_NOT_SENT');
    given(accepted()).when(decline()).thenThrows('REFERRAL_ALREADY_ANSWERED');
    given(afterCommands(sent(), decline())).when(onReferral('AcceptReferral')).thenThrows('REFERRAL_ENDED');
  });

  it('an unknown referral is answered 404', () => {
    given(sent()).when(onReferral('AcceptReferral', 'r-unknown')).thenThrows('REFERRAL_NOT_FOUND', { field: 'referralId' });
  });

  it('a referral sent once is not sent again while under way', () => {
    given(sent()).when(sendTraining()).thenThrows('REFERRAL_ALREADY_SENT');
  });

  it('the service is recorded as delivered on a referral the provider accepted, once, on a day that has come', () => {
    given(accepted()).when(deliver()).then([{ type: 'referrals.ServiceDelivered', data: { caseId: 'c-1', referralId: 'r-tvet', deliveredOn: TODAY, recordedAt: NOW, personal: { note: 'Course completed' } } }]);
    given(sent()).when(deliver()).thenThrows('REFERRAL_NOT_ACCEPTED');
    given(delivered()).when(deliver()).thenThrows('SERVICE_ALREADY_DELIVERED');
    given(accepted()).when(deliver('2027-01-06')).thenThrows('FACT_IN_FUTURE', { field: 'deliveredOn' });
  });

  it('a delivered service is followed up with the returnee, as often as needed', () => {
    given(delivered()).when(followUp()).then([{ type: 'referrals.ReferralFollowedUp', data: { caseId: 'c-1', referralId: 'r-tvet', outcome: 'need_met', followedUpOn: TODAY, recordedAt: NOW } }]);
    given(followedUp()).when(followUp()).thenMatches([{ type: 'referrals.ReferralFollowedUp' }]);
    given(accepted()).when(followUp()).thenThrows('SERVICE_NOT_DELIVERED');
  });

  it('a referral is closed as completed only after its follow-up', () => {
    given(delivered()).when(close()).thenThrows('FOLLOW_UP_REQUIRED', { field: 'reason' });
    given(followedUp()).when(close()).then([{ type: 'referrals.ReferralClosed', data: { caseId: 'c-1', referralId: 'r-tvet', reason: 'service_completed', closedAt: NOW } }]);
    expect(stateOf(afterCommands(followedUp(), close())).referrals['r-tvet'].status).toBe('closed');
  });

  it('a declined referral is closed as declined, and only a declined one is', () => {
    given(afterCommands(sent(), decline())).when(close('declined')).thenMatches([{ type: 'referrals.ReferralClosed', data: { reason: 'declined' } }]);
    given(sent()).when(close('declined')).thenThrows('CLOSURE_REASON_DOES_NOT_FIT');
    given(requested()).when(close('no_longer_needed')).thenMatches([{ type: 'referrals.ReferralClosed', data: { reason: 'no_longer_needed' } }]);
  });

  it('a closed referral is closed once and takes no more steps', () => {
    const closed = afterCommands(followedUp(), close());
    given(closed).when(close('no_longer_needed')).thenThrows('REFERRAL_ENDED');
    given(closed).when(followUp()).thenThrows('REFERRAL_ENDED');
  });

  it("a referral's whole timeline is on the case's stream, in order", () => {
    expect(afterCommands(followedUp(), close()).map((e) => e.type)).toEqual([
      'referrals.ConsentNoted',
      'referrals.ReferralRequested',
      'referrals.ReferralSent',
      'referrals.ReferralAccepted',
      'referrals.ServiceDelivered',
      'referrals.ReferralFollowedUp',
      'referrals.ReferralClosed',
    ]);
  });
});
