import type { ReferralRequested } from '@homeward/contracts/referrals';
import { CLINIC, HOSPITAL_THIES, MEN_SHELTER, snapshot, SUSPENDED_CLINIC, WOMEN_SHELTER } from './testing/provider-fixtures';
import { afterCommands, AWA, command, given, hoursLater, NOW, onReferral, referralConsent, stateOf, urgentNeed, withdrawal } from './testing/referral-fixtures';

const DEADLINE = '2027-01-06T10:00:00.000Z';
const escalate = (hours: number, office?: string) => command('EscalateReferral', { referralId: 'urgent-n-1', ...(office ? { office } : {}) }, { ...hoursLater(hours), userId: 'scheduler', role: 'system' });
const requestedToClinic = (over: Partial<ReferralRequested['data']> = {}): ReferralRequested => ({
  type: 'referrals.ReferralRequested',
  data: {
    caseId: 'c-1',
    referralId: 'urgent-n-1',
    source: { kind: 'urgent_need', needId: 'n-1', serviceNeeded: 'medical' },
    serviceType: 'emergency_health',
    providerId: 'prov-clinic',
    office: 'SN',
    urgency: 'life_threatening',
    acknowledgeWithinHours: 24,
    acknowledgeBy: DEADLINE,
    requestedAt: NOW,
    ...over,
  },
});

describe('An urgent need from intake opens an urgent referral at once to a matching active emergency provider in the area', () => {
  it('under consent to that provider, it is sent at once, with its acknowledgement deadline', () => {
    const consented = afterCommands([], referralConsent('k-clinic', 'prov-clinic', { dataCategories: ['identity', 'contact', 'health'] }));
    given(consented).when(urgentNeed()).then([
      requestedToClinic(),
      {
        type: 'referrals.ReferralSent',
        data: {
          caseId: 'c-1',
          referralId: 'urgent-n-1',
          providerId: 'prov-clinic',
          serviceType: 'emergency_health',
          sharedFields: ['firstName', 'lastName', 'phone', 'language', 'sex', 'ageYears', 'area', 'needSummary'],
          consentId: 'k-clinic',
          acknowledgeBy: DEADLINE,
          sensitive: true,
          sentAt: NOW,
          personal: AWA,
        },
      },
    ]);
  });

  it('a life-threatening need proceeds without prior consent to sharing: the exception is recorded with its reason for auditors', () => {
    given([]).when(urgentNeed()).thenMatches([
      requestedToClinic(),
      { type: 'referrals.EmergencyExceptionApplied', data: { caseId: 'c-1', referralId: 'urgent-n-1', needId: 'n-1', providerId: 'prov-clinic', reason: 'life_threatening_need', consentAnswer: 'NO_CONSENT', appliedAt: NOW } },
      { type: 'referrals.ReferralSent', data: { underEmergencyException: true, sharedFields: ['firstName', 'lastName', 'phone', 'language', 'sex', 'ageYears', 'area', 'needSummary'] } },
    ]);
    const [, , sent] = given([]).when(urgentNeed()).events();
    expect(sent.data).not.toHaveProperty('consentId');
  });

  it('the exception never overrides her refusal or withdrawal: the referral waits, and its deadline still runs', () => {
    const refused = afterCommands([], referralConsent('k-no', 'prov-clinic', { decision: 'refused', dataCategories: [] }));
    given(refused).when(urgentNeed()).thenMatches([requestedToClinic()]);
    const withdrawn = afterCommands([], referralConsent('k-clinic', 'prov-clinic'), withdrawal('k-clinic', 'prov-clinic'));
    given(withdrawn).when(urgentNeed()).thenMatches([requestedToClinic()]);
  });

  it('an urgent, not life-threatening need without consent waits for it', () => {
    given([]).when(urgentNeed({ urgency: 'urgent' })).thenMatches([requestedToClinic({ urgency: 'urgent' })]);
  });

  it('picks the most fitting service first, then the first active candidate in the area that takes this person', () => {
    const clinicOnly = snapshot('prov-gp', { services: [{ serviceType: 'medical_health' }] });
    given([]).when(urgentNeed({ candidates: [clinicOnly, SUSPENDED_CLINIC, HOSPITAL_THIES, CLINIC] })).thenMatches([{ data: { providerId: 'prov-clinic', serviceType: 'emergency_health' } }, {}, {}]);
    given([]).when(urgentNeed({ candidates: [clinicOnly, HOSPITAL_THIES] })).thenMatches([{ data: { providerId: 'prov-gp', serviceType: 'medical_health' } }, {}, {}]);
    given([]).when(urgentNeed({ serviceNeeded: 'protection', candidates: [CLINIC, MEN_SHELTER, WOMEN_SHELTER] })).thenMatches([{ data: { providerId: 'prov-shelter-women', serviceType: 'shelter' } }, {}, {}]);
  });

  it('with the case’s area unknown, a provider of any area of the office’s country matches', () => {
    given([]).when(urgentNeed({ area: undefined, candidates: [HOSPITAL_THIES] })).thenMatches([{ data: { providerId: 'prov-hospital-th' } }, {}, {}]);
  });

  it('when no active emergency provider matches, the need is recorded as unmet, with its type, area and day', () => {
    given([]).when(urgentNeed({ candidates: [SUSPENDED_CLINIC, HOSPITAL_THIES] })).then([
      {
        type: 'referrals.UnmetNeedRecorded',
        data: { caseId: 'c-1', unmetNeedId: 'unmet-n-1', serviceType: 'emergency_health', country: 'SN', area: 'SN-DK', source: 'urgent_need', sourceId: 'n-1', recordedOn: '2027-01-05', recordedAt: NOW },
      },
    ]);
  });

  it('the same urgent need again changes nothing, matched or not', () => {
    given(afterCommands([], urgentNeed())).when(urgentNeed()).thenNothing();
    given(afterCommands([], urgentNeed({ candidates: [] }))).when(urgentNeed()).thenNothing();
  });

  it('the acknowledgement time is the programme’s, from 1 to 168 hours', () => {
    given([]).when(urgentNeed({ acknowledgeWithinHours: 4 })).thenMatches([{ data: { acknowledgeBy: '2027-01-05T14:00:00.000Z' } }, {}, { data: { acknowledgeBy: '2027-01-05T14:00:00.000Z' } }]);
    given([]).when(urgentNeed({ acknowledgeWithinHours: 0 })).thenThrows('ACKNOWLEDGE_HOURS_OUT_OF_RANGE', { field: 'acknowledgeWithinHours' });
    given([]).when(urgentNeed({ acknowledgeWithinHours: 200 })).thenThrows('ACKNOWLEDGE_HOURS_OUT_OF_RANGE');
  });
});

describe('An urgent referral must be acknowledged in time, or the supervisor of the office holding the case is told', () => {
  const opened = () => afterCommands([], urgentNeed());

  it('the provider acknowledges it; the event names intake’s urgent need, which intake then marks addressed', () => {
    given(opened()).when(onReferral('AcknowledgeReferral', 'urgent-n-1')).then([
      { type: 'referrals.ReferralAcknowledged', data: { caseId: 'c-1', referralId: 'urgent-n-1', providerId: 'prov-clinic', needId: 'n-1', acknowledgedAt: NOW } },
    ]);
    given(afterCommands(opened(), onReferral('AcknowledgeReferral', 'urgent-n-1'))).when(onReferral('AcknowledgeReferral', 'urgent-n-1')).thenNothing();
  });

  it('past the deadline and unacknowledged, it is escalated to the office holding the case', () => {
    given(opened()).when(escalate(24)).then([
      { type: 'referrals.ReferralEscalated', data: { caseId: 'c-1', referralId: 'urgent-n-1', providerId: 'prov-clinic', office: 'SN', stage: 'not_acknowledged', acknowledgeBy: DEADLINE, escalatedAt: DEADLINE } },
    ]);
    given(opened()).when(escalate(30, 'GN')).thenMatches([{ data: { office: 'GN' } }]);
  });

  it('not before the deadline', () => {
    given(opened()).when(escalate(23)).thenThrows('ESCALATION_NOT_DUE');
  });

  it('not once acknowledged or answered', () => {
    given(afterCommands(opened(), onReferral('AcknowledgeReferral', 'urgent-n-1'))).when(escalate(25)).thenThrows('REFERRAL_ALREADY_ACKNOWLEDGED');
    given(afterCommands(opened(), onReferral('AcceptReferral', 'urgent-n-1'))).when(escalate(25)).thenThrows('REFERRAL_ALREADY_ACKNOWLEDGED');
  });

  it('a scheduler’s repeat changes nothing', () => {
    given(afterCommands(opened(), escalate(24))).when(escalate(25)).thenNothing();
  });

  it('one still unsent for want of consent is escalated as such, and sent later its deadline runs from the sending', () => {
    const waiting = afterCommands([], urgentNeed({ urgency: 'urgent' }));
    given(waiting).when(escalate(24)).thenMatches([{ data: { stage: 'not_sent', acknowledgeBy: DEADLINE } }]);
    const sentLater = afterCommands(
      waiting,
      escalate(24),
      referralConsent('k-clinic', 'prov-clinic', { decidedOn: '2027-01-06' }),
      command('SendReferral', { referralId: 'urgent-n-1', provider: CLINIC, returnee: AWA }, hoursLater(26)),
    );
    expect(stateOf(sentLater).referrals['urgent-n-1'].acknowledgeBy).toBe('2027-01-07T12:00:00.000Z');
    given(sentLater).when(escalate(49)).thenThrows('ESCALATION_NOT_DUE');
    given(sentLater).when(escalate(50)).thenMatches([{ data: { stage: 'not_acknowledged', acknowledgeBy: '2027-01-07T12:00:00.000Z' } }]);
  });

  it('only an urgent referral is escalated, and not once it is over', () => {
    const routine = afterCommands([], command('RequestReferral', { referralId: 'urgent-n-1', source: { kind: 'case_manager' }, serviceType: 'medical_health', provider: CLINIC, office: 'SN' }));
    given(routine).when(escalate(48)).thenThrows('REFERRAL_NOT_URGENT');
    given(afterCommands(opened(), command('CloseReferral', { referralId: 'urgent-n-1', reason: 'no_longer_needed' }))).when(escalate(25)).thenThrows('REFERRAL_ENDED');
  });
});
