import { decidePlan, evolvePlan, initialPlanState, type Plan, type PlanCommand, type PlanContent } from '@homeward/domain';
import type { PlanEvent } from '@homeward/contracts/planning';

/** For specs: Awa's plan, built by the planning decider as the service would, with the staff's notes a copy must leave out. */
export const INTERNAL_NOTES = {
  context: 'Brother owes money in Thiès',
  criteria: 'Risk of the brother taking the cash',
  derogation: 'In hospital for a week',
  review: 'Set aside the Dakar idea',
};

type Input<D> = D extends unknown ? Omit<D, 'caseId'> : never;
type FormData = { [C in PlanCommand as C['type']]: Input<C['data']> };

export const awaContent = (over: Partial<PlanContent> = {}): PlanContent => ({
  elements: [
    { elementId: 'e-grant', type: 'financial_allocation', description: 'Start-up grant for the tailoring shop', responsibility: 'case_manager', startOn: '2027-01-15', endOn: '2027-04-15', status: 'planned' },
    { elementId: 'e-training', type: 'vocational_training', description: 'Three months of pattern cutting', provider: { providerId: 'prov-tvet' }, responsibility: 'provider', startOn: '2027-02-01', endOn: '2027-04-30', status: 'planned', fromGrid: { gridId: 'example-grid-sn', gridVersion: 1, rowId: 'eco-tvet' } },
    { elementId: 'e-counselling', type: 'psychosocial', description: 'Monthly counselling sessions', provider: { name: 'Centre Jàmm', contact: '+221 33 800 00 00' }, responsibility: 'provider', status: 'in_progress' },
  ],
  followUp: 'A visit at the shop every month',
  feedbackCollection: 'Asked at each visit, and by phone whenever she wishes',
  informationExchange: 'Providers receive only what the consent form names',
  estimatedDurationMonths: 12,
  exitStrategy: 'Support ends after six months of steady trading',
  transitionToMainstream: 'The district health centre takes over the counselling',
  baselineScores: { economic: 0.35, social: 0.5, psychosocial: 0.42, composite: 0.42, measuredOn: '2027-01-04' },
  ...over,
});

export function awaPlanEvents(caseId: string): PlanEvent[] {
  const at = <T extends PlanCommand['type']>(now: string, type: T, data: FormData[T], role = 'case_manager'): PlanCommand =>
    ({ type, data: { ...data, caseId }, metadata: { now, today: now.slice(0, 10), userId: role === 'supervisor' ? 'sup-sn-1' : 'cm-sn-1', role } }) as PlanCommand;
  const commands: PlanCommand[] = [
    at('2026-11-03T12:00:00.000Z', 'NotePreDeparturePlan', { sessionId: 's-pre', designedAt: '2026-11-03T11:00:00.000Z' }, 'system'),
    at('2026-12-15T18:00:00.000Z', 'StartPlanClock', { returneeId: 'r-awa', country: 'SN', arrivalDate: '2026-12-15' }, 'system'),
    at('2027-01-03T09:00:00.000Z', 'GrantDerogation', { dueOn: '2027-01-31', reason: INTERNAL_NOTES.derogation }, 'supervisor'),
    at('2027-01-04T09:00:00.000Z', 'RecordPlanInputs', { goals: ['Tailoring shop'], motivations: ['Family'], goalsSource: 'case_manager', assessments: [], contextNotes: INTERNAL_NOTES.context }),
    at('2027-01-04T10:00:00.000Z', 'ReviewPreDeparturePlan', { sessionId: 's-pre', outcome: 'adapted', notes: INTERNAL_NOTES.review }),
    at('2027-01-05T09:00:00.000Z', 'DraftPlan', { content: awaContent() }),
    at('2027-01-05T10:00:00.000Z', 'DecideAllocation', {
      allocationId: 'a-1', elementId: 'e-grant', programme: 'example-reintegration-programme', modality: 'mixed',
      criteria: {
        programmeDesign: { cashForeseen: true }, costEfficiency: { mostEconomical: false }, incentives: { cashIsIncentive: false },
        riskAssessment: { security: 'low', fraudOrDiversion: 'medium', dataProtection: 'low', higherThanAlternatives: false, acceptable: true },
        conditions: { conditionsNeeded: true, goodsAndServicesAvailable: true }, partners: { capablePartner: true, partnerId: 'partner-wave' },
      },
      criteriaNotes: { costEfficiency: INTERNAL_NOTES.criteria },
      amount: 300000, currency: 'XOF',
      instalments: [{ number: 1, dueOn: '2027-01-20', amount: 150000, modality: 'cash' }, { number: 2, dueOn: '2027-03-01', amount: 150000, modality: 'in_kind' }],
      riskControls: ['mobile_money_transfer', 'payment_to_supplier'], effectivenessMeasure: 'Shop open at six months',
    }),
    at('2027-01-05T11:00:00.000Z', 'SubmitPlan', { version: 1 }),
    at('2027-01-06T09:00:00.000Z', 'ApprovePlan', { version: 1 }, 'supervisor'),
    at('2027-01-06T09:10:00.000Z', 'ApproveAllocation', { allocationId: 'a-1' }, 'supervisor'),
  ];
  let state = initialPlanState();
  const history: PlanEvent[] = [];
  for (const command of commands) {
    const events = decidePlan(command, state);
    state = events.reduce(evolvePlan, state);
    history.push(...events);
  }
  return history;
}

export const awaPlan = (caseId = 'c-awa'): Plan => awaPlanEvents(caseId).reduce(evolvePlan, initialPlanState()) as Plan;
