import {
  decideProvider,
  decideReferrals,
  evolveProvider,
  evolveReferrals,
  initialProviderState,
  initialReferralsState,
  type ProviderCommand,
  type ProviderSnapshot,
  type ReferralsCommand,
} from '@homeward/domain';
import { PROVIDER_EVENT_TYPES, REFERRALS_EVENT_TYPES, referralsContract, type ProviderEvent, type ReferralsEvent } from '@homeward/contracts/referrals';
import { catalogueOf, type EventData } from '@homeward/events';
import { catalogueRefusals, withoutPersonal } from '@homeward/events/testing';

type Input<D, K extends string> = D extends unknown ? Omit<D, K> : never;
type CaseData = { [C in ReferralsCommand as C['type']]: Input<C['data'], 'caseId'> };
type ProviderData = { [C in ProviderCommand as C['type']]: Input<C['data'], 'providerId'> };
const metadata = (now: string, role: string) => ({ now, today: now.slice(0, 10), userId: 'cm-sn-1', role });

function play<C, S, E>(decide: (c: C, s: S) => E[], evolve: (s: S, e: E) => S, state: S, commands: C[]): E[] {
  const history: E[] = [];
  for (const command of commands) {
    const events = decide(command, state);
    state = events.reduce(evolve, state);
    history.push(...events);
  }
  return history;
}

const provider =
  (providerId: string) =>
  <T extends ProviderCommand['type']>(now: string, type: T, data: ProviderData[T]): ProviderCommand =>
    ({ type, data: { ...data, providerId }, metadata: metadata(now, 'supervisor') }) as ProviderCommand;
const awa =
  <T extends ReferralsCommand['type']>(now: string, type: T, data: CaseData[T], role = 'case_manager'): ReferralsCommand =>
    ({ type, data: { ...data, caseId: 'case-awa' }, metadata: metadata(now, role) }) as ReferralsCommand;

const centre = {
  name: 'Centre de formation professionnelle de Dakar',
  country: 'SN',
  areas: [{ code: 'SN-DK', name: 'Dakar' }],
  services: [{ serviceType: 'vocational_training' as const, eligibility: { minAge: 18, sexes: ['female' as const, 'male' as const], notes: 'Reads and writes French' }, languages: ['fr', 'wo'], capacityPerMonth: 12, openingHours: 'Mon–Fri 8:00–17:00' }],
  contact: { phone: '+221 33 800 11 22', email: 'accueil@cfp-dakar.sn', address: 'Route de Rufisque, Dakar' },
};
const tvet = provider('prov-tvet');
const directory: ProviderEvent[] = play(decideProvider, evolveProvider, initialProviderState(), [
  tvet('2026-12-01T09:00:00.000Z', 'RegisterProvider', { profile: centre }),
  tvet('2026-12-02T09:00:00.000Z', 'UpdateProvider', { profile: { ...centre, areas: [...centre.areas, { code: 'SN-TH', name: 'Thiès' }] } }),
  tvet('2026-12-03T09:00:00.000Z', 'SuspendProvider', { reason: 'quality_concerns', note: 'Trainers absent twice' }),
  tvet('2026-12-10T09:00:00.000Z', 'ReactivateProvider', {}),
]);

const snap = (providerId: string, serviceType: ProviderSnapshot['services'][number]['serviceType']): ProviderSnapshot => ({ providerId, status: 'active', country: 'SN', areas: ['SN-DK'], services: [{ serviceType }] });
const TVET = snap('prov-tvet', 'vocational_training');
const CLINIC = snap('prov-clinic', 'emergency_health');
const LEGAL = snap('prov-legal', 'legal_aid');
const returnee = { firstName: 'Awa', lastName: 'Diallo', sex: 'female' as const, ageYears: 32, language: 'fr', phone: '+221 77 000 00 00', area: 'SN-DK', needSummary: 'Chest pains since the return' };
const referralForm = (consentId: string, providerId: string, decidedOn: string) =>
  awa(`${decidedOn}T09:00:00.000Z`, 'NoteConsent', { consentId, purpose: 'referral', recipient: { recipientId: providerId, name: 'Prestataire' }, decision: 'given', decidedOn, decidedAt: `${decidedOn}T08:55:00.000Z`, formVersion: 'ref-v1', language: 'fr', dataCategories: ['identity', 'contact', 'case_summary'] }, 'system');

const cases: ReferralsEvent[] = play(decideReferrals, evolveReferrals, initialReferralsState(), [
  // A life-threatening need from intake, no consent yet: the exception, then escalation, then the acknowledgement.
  awa('2027-01-05T10:00:00.000Z', 'OpenUrgentReferral', { referralId: 'urgent-n-1', unmetNeedId: 'unmet-n-1', needId: 'n-1', serviceNeeded: 'medical', urgency: 'life_threatening', office: 'SN', area: 'SN-DK', candidates: [CLINIC], acknowledgeWithinHours: 24, returnee }, 'system'),
  awa('2027-01-06T11:00:00.000Z', 'EscalateReferral', { referralId: 'urgent-n-1' }, 'system'),
  awa('2027-01-06T12:00:00.000Z', 'AcknowledgeReferral', { referralId: 'urgent-n-1' }, 'service_provider'),
  // A protection need with no shelter in the area: unmet, then safety planning and relocation.
  awa('2027-01-07T10:00:00.000Z', 'OpenUrgentReferral', { referralId: 'urgent-n-2', unmetNeedId: 'unmet-n-2', needId: 'n-2', serviceNeeded: 'protection', urgency: 'urgent', office: 'SN', area: 'SN-DK', candidates: [], acknowledgeWithinHours: 24, returnee }, 'system'),
  awa('2027-01-07T11:00:00.000Z', 'RecordSafetyPlan', { safetyPlanId: 'sp-1', risks: ['Threats from the recruiter'], mitigations: ['Stays with her aunt'], copingStrategies: ['Calls the hotline'], emergencyContacts: [{ name: 'Khady Diallo', relationship: 'aunt', phone: '+221 77 111 11 11' }], emergencyServices: 'Gendarmerie: 17' }),
  awa('2027-01-07T12:00:00.000Z', 'DecideRelocation', { relocationId: 'rl-1', toArea: 'SN-KL', reason: 'The recruiter lives nearby', decidedOn: '2027-01-07' }),
  awa('2027-01-20T12:00:00.000Z', 'CloseUnmetNeed', { unmetNeedId: 'unmet-n-2', reason: 'relocated', note: 'Moved to Thiès' }),
  // The plan's training, consented, through to its close.
  referralForm('k-tvet', 'prov-tvet', '2027-01-08'),
  awa('2027-01-08T10:00:00.000Z', 'RequestReferral', { referralId: 'r-tvet', source: { kind: 'plan_element', planVersion: 1, elementId: 'e-training' }, serviceType: 'vocational_training', provider: TVET, office: 'SN', note: 'Mornings only' }),
  awa('2027-01-08T10:05:00.000Z', 'SendReferral', { referralId: 'r-tvet', provider: TVET, returnee }),
  awa('2027-01-09T10:00:00.000Z', 'AcceptReferral', { referralId: 'r-tvet', startOn: '2027-02-01' }, 'service_provider'),
  awa('2027-04-30T10:00:00.000Z', 'RecordServiceDelivery', { referralId: 'r-tvet', deliveredOn: '2027-04-30', note: 'Finished with distinction' }),
  awa('2027-05-10T10:00:00.000Z', 'RecordFollowUp', { referralId: 'r-tvet', outcome: 'need_met', followedUpOn: '2027-05-10', notes: 'Works in a workshop' }),
  awa('2027-05-10T10:10:00.000Z', 'CloseReferral', { referralId: 'r-tvet', reason: 'service_completed', note: 'All good' }),
  // Legal aid: declined, then closed; the need is recorded unmet and met later.
  referralForm('k-legal', 'prov-legal', '2027-01-10'),
  awa('2027-01-10T10:00:00.000Z', 'RequestReferral', { referralId: 'r-legal', source: { kind: 'case_manager' }, serviceType: 'legal_aid', provider: LEGAL, office: 'SN' }),
  awa('2027-01-10T10:05:00.000Z', 'SendReferral', { referralId: 'r-legal', provider: LEGAL, returnee }),
  awa('2027-01-11T10:00:00.000Z', 'DeclineReferral', { referralId: 'r-legal', reason: 'no_capacity', note: 'Lawyer on leave' }, 'service_provider'),
  awa('2027-01-11T11:00:00.000Z', 'CloseReferral', { referralId: 'r-legal', reason: 'declined' }),
  awa('2027-01-11T12:00:00.000Z', 'RecordUnmetNeed', { unmetNeedId: 'u-legal', serviceType: 'legal_aid', country: 'SN', area: 'SN-DK', source: 'case_manager' }),
  awa('2027-03-01T12:00:00.000Z', 'MarkUnmetNeedMet', { unmetNeedId: 'u-legal', metOn: '2027-03-01' }),
  // A second training referral, then her consent withdrawn: on hold.
  awa('2027-06-01T10:00:00.000Z', 'RequestReferral', { referralId: 'r-tvet-2', source: { kind: 'case_manager' }, serviceType: 'vocational_training', provider: TVET, office: 'SN' }),
  awa('2027-06-01T10:05:00.000Z', 'SendReferral', { referralId: 'r-tvet-2', provider: TVET, returnee }),
  awa('2027-06-02T09:00:00.000Z', 'NoteConsent', { consentId: 'k-tvet', purpose: 'referral', recipient: { recipientId: 'prov-tvet', name: 'Prestataire' }, decision: 'withdrawn', withdrawnOn: '2027-06-02' }, 'system'),
  // Her case transferred to the Guinea office in intake: its referrals go with it.
  awa('2027-06-15T09:00:00.000Z', 'NoteCaseTransfer', { office: 'GN', transferredAt: '2027-06-15T08:59:00.000Z' }, 'system'),
  // Her data erased in intake: noted, nothing more taken.
  awa('2027-07-01T09:00:00.000Z', 'NoteErasure', { erasedAt: '2027-07-01T08:59:00.000Z' }, 'system'),
]);
const produced = [...directory, ...cases];

const catalogue = catalogueOf([referralsContract]);
const refusals = (events: { type: string; data: object }[]) => catalogueRefusals(catalogue, events, 'SN');

describe('The event catalogue describes every event referrals emits', () => {
  it('accepts every event realistic scenarios produce, as the service appends them', () => {
    expect(refusals(produced)).toEqual([]);
  });

  it('accepts every one of them without its personal part, as a consumer imports it', () => {
    expect(produced.some((e) => 'personal' in e.data)).toBe(true);
    expect(refusals(produced.map(withoutPersonal))).toEqual([]);
  });

  it('the scenarios emit every referrals event type', () => {
    expect([...new Set(produced.map((e) => e.type))].sort()).toEqual([...PROVIDER_EVENT_TYPES, ...REFERRALS_EVENT_TYPES].sort());
  });

  it('puts nothing of the person outside personal, and marks the sensitive parts', () => {
    const topic = JSON.stringify(produced.map(withoutPersonal));
    for (const words of ['Awa', 'Diallo', '+221 77', 'Chest pains', 'Mornings only', 'recruiter', 'aunt', 'Khady', 'SN-KL', 'Moved to Thiès', 'Lawyer on leave', 'distinction', 'workshop', 'All good']) {
      expect(topic).not.toContain(words);
    }
    const sensitive = produced.filter((e) => catalogue.keyClassOf(e as unknown as { type: string; data: EventData }) === 'protection').map((e) => e.type);
    expect(sensitive).toEqual(['referrals.ReferralSent', 'referrals.SafetyPlanRecorded', 'referrals.RelocationDecided']);
  });
});

function altered(type: string, change: (data: Record<string, any>) => void, which = 0) {
  const event = produced.filter((e) => e.type === type)[which];
  if (!event) throw new Error(`the scenarios produced no ${type}`);
  const data = structuredClone(event.data) as Record<string, any>;
  change(data);
  return { type, data };
}

describe('The event catalogue refuses what no published event may carry', () => {
  it.each([
    ['a shared value outside personal', altered('referrals.ReferralSent', (d) => (d.firstName = 'Awa'))],
    ['a sending relying on neither a consent nor the exception', altered('referrals.ReferralSent', (d) => delete d.underEmergencyException)],
    ['a sending relying on both', altered('referrals.ReferralSent', (d) => (d.consentId = 'k-1'))],
    ['a shared field outside the list', altered('referrals.ReferralSent', (d) => d.sharedFields.push('dateOfBirth'), 1)],
    ['a sending that shares nothing', altered('referrals.ReferralSent', (d) => (d.sharedFields = []), 1)],
    ['a service type outside the directory’s', altered('referrals.ReferralRequested', (d) => (d.serviceType = 'cash_for_work'))],
    ['a plan-element source without its element', altered('referrals.ReferralRequested', (d) => delete d.source.elementId, 1)],
    ['an urgent source with a plan version', altered('referrals.ReferralRequested', (d) => (d.source.planVersion = 1))],
    ['a note outside personal', altered('referrals.ReferralRequested', (d) => (d.note = 'Mornings only'), 1)],
    ['a decline reason outside the list', altered('referrals.ReferralDeclined', (d) => (d.reason = 'busy'))],
    ['an exception overriding her refusal', altered('referrals.EmergencyExceptionApplied', (d) => (d.consentAnswer = 'CONSENT_REFUSED'))],
    ['an escalation naming no office', altered('referrals.ReferralEscalated', (d) => delete d.office)],
    ['an unmet need outside a country', altered('referrals.UnmetNeedRecorded', (d) => (d.country = 'Senegal'))],
    ['a safety plan without its risks', altered('referrals.SafetyPlanRecorded', (d) => (d.personal.risks = []))],
    ['the destination of a relocation outside personal', altered('referrals.RelocationDecided', (d) => (d.toArea = 'SN-KL'))],
    ['a provider with a service outside the directory’s', altered('referrals.ProviderRegistered', (d) => (d.services[0].serviceType = 'banking'))],
    ['a provider with a field the profile does not declare', altered('referrals.ProviderUpdated', (d) => (d.director = 'M. Sow'))],
    ['a withdrawal without its date', altered('referrals.ConsentNoted', (d) => { d.decision = 'withdrawn'; delete d.withdrawnOn; })],
  ])('refuses %s', (_what, event) => {
    expect(refusals([event])).toHaveLength(1);
  });
});
