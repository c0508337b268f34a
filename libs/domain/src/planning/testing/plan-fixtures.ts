import type { PlanEvent } from '@homeward/contracts/planning';
import { deciderSpecification } from '../../shared/testing/decider-specification';
import type { PlanContent } from '../plan-content';
import type { DecideAllocation, NoteConsent, PlanCommand } from '../plan.commands';
import { planDecider } from '../plan.decider';
import { evolvePlan, initialPlanState, type PlanState } from '../plan.state';

/** The clock of every scenario: Awa arrived in Senegal on 2026-12-15; today is 2027-01-05 at the Dakar office. */
export const ARRIVED_ON = '2026-12-15';
export const NOW = '2027-01-05T10:00:00.000Z';
export const CASE_ID = 'c-1';

/** "Given these events, when this command, then…" on the plan's decider. */
export const given = deciderSpecification(planDecider);

export const stateOf = (events: PlanEvent[]): PlanState => events.reduce(evolvePlan, initialPlanState());

type Who = { now?: string; userId?: string; role?: string };
/** A command's data without the case id, keeping each variant of a union its own fields. */
type Input<D> = D extends unknown ? Omit<D, 'caseId'> : never;
export const SUPERVISOR: Who = { userId: 'sup-sn-1', role: 'supervisor' };

/** A command as the case manager of the Dakar office issues it today (or as `who` says). */
export function command<C extends PlanCommand>(type: C['type'], data: Input<C['data']>, who: Who = {}): C {
  const { now = NOW, userId = 'cm-sn-1', role = 'case_manager' } = who;
  return { type, data: { caseId: CASE_ID, ...data }, metadata: { now, today: now.slice(0, 10), userId, role } } as C;
}

/** Applies commands one after another, each on the history so far. */
export const afterCommands = (history: PlanEvent[], ...commands: PlanCommand[]): PlanEvent[] =>
  commands.reduce((events, c) => [...events, ...planDecider.decide(c, stateOf(events))], history);

export const arrival = (arrivalDate = ARRIVED_ON) =>
  command('StartPlanClock', { returneeId: 'r-1', country: 'SN', arrivalDate }, { now: `${arrivalDate}T18:00:00.000Z`, userId: 'planning', role: 'system' });

type Signed = Extract<NoteConsent['data'], { decision: 'given' | 'refused' }>;
const SYSTEM: Who = { userId: 'planning', role: 'system' };

/** A form of intake's register, given (or refused) today, as planning's reaction passes it on. */
export function consent(consentId: string, over: Partial<Omit<Signed, 'consentId' | 'caseId'>> = {}): NoteConsent {
  return command<NoteConsent>(
    'NoteConsent',
    { consentId, purpose: 'assistance', decision: 'given', decidedOn: NOW.slice(0, 10), formVersion: 'plan-v2', language: 'fr', dataCategories: ['plan'], ...over },
    SYSTEM,
  );
}
export const referralConsent = (consentId: string, providerId: string, over: Partial<Omit<Signed, 'consentId' | 'caseId'>> = {}) =>
  consent(consentId, { purpose: 'referral', recipient: { recipientId: providerId, name: 'Centre de formation' }, dataCategories: ['identity', 'contact', 'plan'], ...over });
/** intake.ConsentWithdrawn passed on: it names the form and the day only. */
export const withdrawal = (consentId: string, withdrawnOn = NOW.slice(0, 10), purpose: NoteConsent['data']['purpose'] = 'assistance', recipientId?: string): NoteConsent =>
  command<NoteConsent>(
    'NoteConsent',
    { consentId, purpose, decision: 'withdrawn', withdrawnOn, ...(recipientId ? { recipient: { recipientId, name: 'Centre de formation' } } : {}) },
    SYSTEM,
  );

/** Awa's plan: a start-up grant, a training by a provider of the directory, counselling by one named in free text. */
export function awaPlan(over: Partial<PlanContent> = {}): PlanContent {
  return {
    elements: [
      { elementId: 'e-grant', type: 'financial_allocation', description: 'Start-up grant for the tailoring shop', responsibility: 'case_manager', startOn: '2027-01-15', endOn: '2027-04-15', status: 'planned' },
      {
        elementId: 'e-training',
        type: 'vocational_training',
        description: 'Three months of pattern cutting at the training centre',
        provider: { providerId: 'prov-tvet' },
        responsibility: 'provider',
        startOn: '2027-02-01',
        endOn: '2027-04-30',
        status: 'planned',
        fromGrid: { gridId: 'example-grid-sn', gridVersion: 1, rowId: 'eco-tvet' },
      },
      {
        elementId: 'e-counselling',
        type: 'psychosocial',
        description: 'Monthly counselling sessions',
        provider: { name: 'Centre Jàmm', contact: '+221 33 800 00 00' },
        responsibility: 'provider',
        status: 'planned',
      },
    ],
    followUp: 'A home visit every month, a call in between',
    feedbackCollection: 'Asked at each visit; a suggestion box at the office',
    informationExchange: 'Only the case manager shares, only what the consent form names',
    estimatedDurationMonths: 12,
    exitStrategy: 'Case closed once the shop has run six months on its own; counselling handed over to the district health centre',
    transitionToMainstream: 'District health centre for counselling',
    ...over,
  };
}

export const draft = (content = awaPlan()) => command('DraftPlan', { content });
export const submit = (version = 1) => command('SubmitPlan', { version });
export const approve = (version = 1) => command('ApprovePlan', { version }, SUPERVISOR);
export const activate = (version = 1) => command('ActivatePlan', { version });

/** The stages of Awa's first version. */
export const planDue = () => afterCommands([], arrival());
export const drafted = () => afterCommands(planDue(), draft());
export const submitted = () => afterCommands(drafted(), submit());
export const approved = () => afterCommands(submitted(), approve());
/** She signs the plan's form and consents to referral to the training centre, today. */
export const consented = (history = approved()) => afterCommands(history, consent('k-plan-1'), referralConsent('k-ref-tvet', 'prov-tvet'));
export const active = () => afterCommands(consented(), activate());

/** Table 2.2 answered for a mixed grant: half in cash, half as a sewing machine. */
export function mixedGrant(over: Partial<DecideAllocation['data']> = {}): DecideAllocation {
  return command<DecideAllocation>('DecideAllocation', {
    allocationId: 'a-1',
    elementId: 'e-grant',
    programme: 'example-reintegration-programme',
    modality: 'mixed',
    criteria: {
      programmeDesign: { cashForeseen: true },
      costEfficiency: { mostEconomical: true },
      incentives: { cashIsIncentive: false },
      riskAssessment: { security: 'low', fraudOrDiversion: 'medium', dataProtection: 'low', higherThanAlternatives: false, acceptable: true },
      conditions: { conditionsNeeded: true, goodsAndServicesAvailable: true },
      partners: { capablePartner: true, partnerId: 'partner-wave' },
    },
    criteriaNotes: { riskAssessment: 'Paid by mobile money, not in hand' },
    amount: 300_000,
    currency: 'XOF',
    instalments: [
      { number: 1, dueOn: '2027-01-20', amount: 150_000, modality: 'cash' },
      { number: 2, dueOn: '2027-03-01', amount: 150_000, modality: 'in_kind' },
    ],
    riskControls: ['mobile_money_transfer', 'payment_to_supplier', 'receipts_required'],
    effectivenessMeasure: 'The shop is open and earning at the six-month visit',
    ...over,
  });
}
export const approveGrant = (allocationId = 'a-1') => command('ApproveAllocation', { allocationId }, SUPERVISOR);
export const disburse = (disbursementId: string, instalment: number, amount: number, paidOn = NOW.slice(0, 10)) =>
  command('RecordDisbursement', { allocationId: 'a-1', disbursementId, instalment, amount, paidOn });
