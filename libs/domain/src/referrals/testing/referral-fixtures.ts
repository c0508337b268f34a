import type { ReferralsEvent, SharedReferralData } from '@homeward/contracts/referrals';
import type { ConsentDecisionInput } from '../../consent/noted-consent';
import { deciderSpecification } from '../../shared/testing/decider-specification';
import type { NoteConsentForReferrals, OpenUrgentReferral, ReferralsCommand, RequestReferral, SendReferral } from '../referral.commands';
import { referralsDecider } from '../referrals.decider';
import { evolveReferrals, initialReferralsState, type CaseReferrals } from '../referrals.state';
import { CLINIC, TVET } from './provider-fixtures';

/** The clock of every scenario: today is 2027-01-05 at the Dakar office, where Awa's case is held. */
export const NOW = '2027-01-05T10:00:00.000Z';
export const TODAY = NOW.slice(0, 10);
export const CASE_ID = 'c-1';

/** "Given these events, when this command, then…" on the referrals of Awa's case. */
export const given = deciderSpecification(referralsDecider);
export const stateOf = (events: ReferralsEvent[]): CaseReferrals => events.reduce(evolveReferrals, initialReferralsState());

type Who = { now?: string; userId?: string; role?: string };
type Input<D> = D extends unknown ? Omit<D, 'caseId'> : never;
export const SYSTEM: Who = { userId: 'referrals', role: 'system' };
export const PROVIDER_USER: Who = { userId: 'pu-tvet-1', role: 'service_provider' };
export const hoursLater = (hours: number): Who => ({ now: new Date(Date.parse(NOW) + hours * 3_600_000).toISOString() });

/** A command as Awa's case manager at the Dakar office issues it today (or as `who` says). */
export function command<C extends ReferralsCommand>(type: C['type'], data: Input<C['data']>, who: Who = {}): C {
  const { now = NOW, userId = 'cm-sn-1', role = 'case_manager' } = who;
  return { type, data: { caseId: CASE_ID, ...data }, metadata: { now, today: now.slice(0, 10), userId, role } } as C;
}

/** Applies commands one after another, each on the history so far. */
export const afterCommands = (history: ReferralsEvent[], ...commands: ReferralsCommand[]): ReferralsEvent[] =>
  commands.reduce((events, c) => [...events, ...referralsDecider.decide(c, stateOf(events))], history);

/** What the app knows of Awa when it sends a referral. */
export const AWA: SharedReferralData = {
  firstName: 'Awa',
  lastName: 'Diallo',
  sex: 'female',
  ageYears: 32,
  language: 'fr',
  phone: '+221 77 000 00 00',
  area: 'SN-DK',
  needSummary: 'Chronic condition to follow up',
};

type Signed = Extract<ConsentDecisionInput, { decision: 'given' | 'refused' }>;
/** Her consent to referral to a provider, given today, naming the categories it covers; as referrals' reaction passes it on. */
export function referralConsent(consentId: string, providerId: string, over: Partial<Omit<Signed, 'consentId'>> = {}): NoteConsentForReferrals {
  return command<NoteConsentForReferrals>(
    'NoteConsent',
    {
      consentId,
      purpose: 'referral',
      recipient: { recipientId: providerId, name: 'Prestataire' },
      decision: 'given',
      decidedOn: TODAY,
      decidedAt: NOW,
      formVersion: 'ref-v1',
      language: 'fr',
      dataCategories: ['identity', 'contact'],
      ...over,
    },
    SYSTEM,
  );
}
/** intake.ConsentWithdrawn passed on: it names the form and the day only. */
export const withdrawal = (consentId: string, providerId?: string, who: Who = SYSTEM): NoteConsentForReferrals =>
  command<NoteConsentForReferrals>(
    'NoteConsent',
    { consentId, purpose: 'referral', decision: 'withdrawn', withdrawnOn: (who.now ?? NOW).slice(0, 10), ...(providerId ? { recipient: { recipientId: providerId, name: 'Prestataire' } } : {}) },
    { ...SYSTEM, ...who },
  );

/** Awa's case manager refers her to the training centre, from the plan element of version 1. */
export const requestTraining = (over: Partial<Input<RequestReferral['data']>> = {}) =>
  command<RequestReferral>('RequestReferral', { referralId: 'r-tvet', source: { kind: 'plan_element', planVersion: 1, elementId: 'e-training' }, serviceType: 'vocational_training', provider: TVET, office: 'SN', ...over });
export const sendTraining = (over: Partial<Input<SendReferral['data']>> = {}, who: Who = {}) =>
  command<SendReferral>('SendReferral', { referralId: 'r-tvet', provider: TVET, returnee: AWA, ...over }, who);
export const onReferral = (type: 'AcknowledgeReferral' | 'AcceptReferral', referralId = 'r-tvet', who: Who = PROVIDER_USER) => command(type, { referralId }, who);

/** Intake's urgent need as the policy turns it into a command: a life-threatening medical need in Dakar. */
export function urgentNeed(over: Partial<Input<OpenUrgentReferral['data']>> = {}, who: Who = SYSTEM): OpenUrgentReferral {
  return command<OpenUrgentReferral>(
    'OpenUrgentReferral',
    { referralId: 'urgent-n-1', unmetNeedId: 'unmet-n-1', needId: 'n-1', serviceNeeded: 'medical', urgency: 'life_threatening', office: 'SN', area: 'SN-DK', candidates: [CLINIC], acknowledgeWithinHours: 24, returnee: AWA, ...over },
    who,
  );
}

/** The stages of the referral to the training centre. */
export const consented = () => afterCommands([], referralConsent('k-ref-tvet', 'prov-tvet'));
export const requested = () => afterCommands(consented(), requestTraining());
export const sent = () => afterCommands(requested(), sendTraining());
export const accepted = () => afterCommands(sent(), onReferral('AcceptReferral'));
export const delivered = () => afterCommands(accepted(), command('RecordServiceDelivery', { referralId: 'r-tvet', deliveredOn: TODAY }));
export const followedUp = () => afterCommands(delivered(), command('RecordFollowUp', { referralId: 'r-tvet', outcome: 'need_met', followedUpOn: TODAY, notes: 'She finished the course' }));
