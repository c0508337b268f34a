import { decidePlan, evolvePlan, initialPlanState, type PlanCommand, type PlanContent } from '@homeward/domain';
import { PLAN_EVENT_TYPES, planningContract, type PlanEvent } from '@homeward/contracts/planning';
import { catalogueOf } from '@homeward/events';
import { asAppended, catalogueRefusals, withoutPersonal } from '@homeward/events/testing';

type Input<D> = D extends unknown ? Omit<D, 'caseId'> : never;
type FormData = { [C in PlanCommand as C['type']]: Input<C['data']> };

const at =
  (caseId: string) =>
  <T extends PlanCommand['type']>(now: string, type: T, data: FormData[T], role = 'supervisor'): PlanCommand =>
    ({ type, data: { ...data, caseId }, metadata: { now, today: now.slice(0, 10), userId: 'sup-sn-1', role } }) as PlanCommand;

function play(commands: PlanCommand[]): PlanEvent[] {
  let state = initialPlanState();
  const history: PlanEvent[] = [];
  for (const command of commands) {
    const events = decidePlan(command, state);
    state = events.reduce(evolvePlan, state);
    history.push(...events);
  }
  return history;
}

const content = (trainingProvider: string): PlanContent => ({
  elements: [
    { elementId: 'e-grant', type: 'financial_allocation', description: 'Start-up grant', responsibility: 'case_manager', startOn: '2027-01-15', endOn: '2027-04-15', status: 'planned' },
    { elementId: 'e-training', type: 'vocational_training', description: 'Pattern cutting', provider: { providerId: trainingProvider }, responsibility: 'provider', status: 'planned', fromGrid: { gridId: 'example-grid-sn', gridVersion: 1, rowId: 'eco-tvet' } },
    { elementId: 'e-counselling', type: 'psychosocial', description: 'Monthly counselling', provider: { name: 'Centre Jàmm', contact: '+221 33 800 00 00' }, responsibility: 'provider', status: 'in_progress' },
  ],
  followUp: 'Monthly visit',
  feedbackCollection: 'At each visit',
  informationExchange: 'Only under the consent form',
  estimatedDurationMonths: 12,
  exitStrategy: 'Closed after six months of trading',
  transitionToMainstream: 'District health centre',
  baselineScores: { economic: 0.35, social: 0.5, psychosocial: 0.42, composite: 0.42, measuredOn: '2027-01-04' },
});

const plan = at('case-awa');
const given = (consentId: string, decidedOn: string, over: Partial<Extract<FormData['NoteConsent'], { decision: 'given' | 'refused' }>> = {}) =>
  plan(`${decidedOn}T09:00:00.000Z`, 'NoteConsent', { consentId, purpose: 'assistance', decision: 'given', decidedOn, formVersion: 'plan-v2', language: 'fr', dataCategories: ['plan'], ...over }, 'system');
const awa = play([
  plan('2026-11-03T12:00:00.000Z', 'NotePreDeparturePlan', { sessionId: 's-pre', designedAt: '2026-11-03T11:00:00.000Z' }, 'system'),
  given('k-pre', '2026-11-03'),
  plan('2026-11-04T10:00:00.000Z', 'NoteVulnerabilityScreening', { screeningId: 'v-1', urgency: 'urgent', screenedAt: '2026-11-04T09:30:00.000Z' }, 'system'),
  plan('2026-12-15T18:00:00.000Z', 'StartPlanClock', { returneeId: 'r-awa', country: 'SN', arrivalDate: '2026-12-15' }, 'system'),
  plan('2027-01-03T09:00:00.000Z', 'GrantDerogation', { dueOn: '2027-01-31', reason: 'In hospital' }),
  plan('2027-01-04T09:00:00.000Z', 'RecordPlanInputs', { goals: ['Tailoring shop'], motivations: ['Family'], goalsSource: 'counselling_session', sessionId: 's-3', assessments: [{ kind: 'individual', reference: 'intake:case-awa', assessedOn: '2026-12-20' }], contextNotes: 'Demand in Thiès' }, 'case_manager'),
  plan('2027-01-04T10:00:00.000Z', 'ReviewPreDeparturePlan', { sessionId: 's-pre', outcome: 'adapted', notes: 'Town changed' }, 'case_manager'),
  plan('2027-01-05T09:00:00.000Z', 'DraftPlan', { content: content('prov-tvet') }, 'case_manager'),
  plan('2027-01-05T10:00:00.000Z', 'DecideAllocation', {
    allocationId: 'a-1', elementId: 'e-grant', programme: 'example-reintegration-programme', modality: 'mixed',
    criteria: {
      programmeDesign: { cashForeseen: true }, costEfficiency: { mostEconomical: false }, incentives: { cashIsIncentive: false },
      riskAssessment: { security: 'low', fraudOrDiversion: 'medium', dataProtection: 'low', higherThanAlternatives: false, acceptable: true },
      conditions: { conditionsNeeded: true, goodsAndServicesAvailable: true }, partners: { capablePartner: true, partnerId: 'partner-wave' },
    },
    criteriaNotes: { costEfficiency: 'Buying the machine ourselves is safer' },
    amount: 300000, currency: 'XOF',
    instalments: [{ number: 1, dueOn: '2027-01-20', amount: 150000, modality: 'cash' }, { number: 2, dueOn: '2027-03-01', amount: 150000, modality: 'in_kind' }],
    riskControls: ['mobile_money_transfer', 'payment_to_supplier'], effectivenessMeasure: 'Shop open at six months',
  }, 'case_manager'),
  plan('2027-01-05T11:00:00.000Z', 'SubmitPlan', { version: 1 }, 'case_manager'),
  plan('2027-01-06T09:00:00.000Z', 'ApprovePlan', { version: 1 }),
  plan('2027-01-06T09:10:00.000Z', 'ApproveAllocation', { allocationId: 'a-1' }),
  given('k-plan-1', '2027-01-07'),
  given('k-ref-1', '2027-01-07', { purpose: 'referral', recipient: { recipientId: 'prov-tvet', name: 'Centre de formation' }, dataCategories: ['identity', 'plan'] }),
  plan('2027-01-07T10:00:00.000Z', 'ActivatePlan', { version: 1 }, 'case_manager'),
  plan('2027-01-20T10:00:00.000Z', 'RecordDisbursement', { allocationId: 'a-1', disbursementId: 'd-1', instalment: 1, amount: 150000, paidOn: '2027-01-20' }, 'case_manager'),
  plan('2027-02-10T10:00:00.000Z', 'RevisePlan', { reason: 'New centre', content: content('prov-tvet-2') }, 'case_manager'),
  plan('2027-02-12T09:00:00.000Z', 'NoteConsent', { consentId: 'k-plan-1', purpose: 'assistance', decision: 'withdrawn', withdrawnOn: '2027-02-12' }, 'system'),
]);
const refused = play([
  at('case-moussa')('2026-12-01T18:00:00.000Z', 'StartPlanClock', { returneeId: 'r-moussa', country: 'GN', arrivalDate: '2026-12-01' }, 'system'),
  at('case-moussa')('2026-12-02T09:00:00.000Z', 'NoteConsent', { consentId: 'k-no', purpose: 'assistance', decision: 'refused', decidedOn: '2026-12-02', formVersion: 'v3', language: 'fr', dataCategories: [] }, 'system'),
]);
const completed = play([
  at('case-ibou')('2026-12-01T18:00:00.000Z', 'StartPlanClock', { returneeId: 'r-ibou', country: 'SN', arrivalDate: '2026-12-01' }, 'system'),
  at('case-ibou')('2026-12-02T09:00:00.000Z', 'DraftPlan', { content: { elements: [{ elementId: 'e-1', type: 'transport', description: 'Bus pass', responsibility: 'returnee', status: 'delivered' }], exitStrategy: 'Ends with the pass' } }, 'case_manager'),
  at('case-ibou')('2026-12-02T09:10:00.000Z', 'SubmitPlan', { version: 1 }, 'case_manager'),
  at('case-ibou')('2026-12-02T09:20:00.000Z', 'ApprovePlan', { version: 1 }),
  at('case-ibou')('2026-12-02T09:30:00.000Z', 'NoteConsent', { consentId: 'k-i', purpose: 'assistance', decision: 'given', decidedOn: '2026-12-02', formVersion: 'v3', language: 'fr', dataCategories: ['plan'] }, 'system'),
  at('case-ibou')('2026-12-02T09:40:00.000Z', 'ActivatePlan', { version: 1 }, 'case_manager'),
  at('case-ibou')('2027-06-02T09:00:00.000Z', 'CompletePlan', { note: 'Works in town' }, 'case_manager'),
]);
const erased = play([
  at('case-fatou')('2026-12-01T18:00:00.000Z', 'StartPlanClock', { returneeId: 'r-fatou', country: 'SN', arrivalDate: '2026-12-01' }, 'system'),
  at('case-fatou')('2026-12-20T09:00:00.000Z', 'NoteErasure', { erasedAt: '2026-12-20T08:59:00.000Z' }, 'system'),
]);
const produced = [...awa, ...refused, ...completed, ...erased];

const catalogue = catalogueOf([planningContract]);
const refusals = (events: { type: string; data: object }[]) => catalogueRefusals(catalogue, events, 'SN');

describe('The event catalogue describes every event planning emits', () => {
  it('accepts every event realistic plans produce, as the service appends them', () => {
    expect(refusals(produced)).toEqual([]);
  });

  it('accepts every one of them without its personal part, as a consumer imports it', () => {
    expect(produced.some((e) => 'personal' in e.data)).toBe(true);
    expect(refusals(produced.map(withoutPersonal))).toEqual([]);
  });

  it('the scenarios emit every planning event type', () => {
    expect([...new Set(produced.map((e) => e.type))].sort()).toEqual([...PLAN_EVENT_TYPES].sort());
  });

  it('puts no free text outside personal', () => {
    const topic = JSON.stringify(produced.map(withoutPersonal));
    for (const words of ['Start-up grant', 'Pattern cutting', 'Monthly visit', 'six months of trading', 'In hospital', 'Tailoring shop', 'New centre', 'Works in town', 'safer', 'Shop open']) {
      expect(topic).not.toContain(words);
    }
  });
});

function altered(type: string, change: (data: Record<string, any>) => void) {
  const event = produced.find((e) => e.type === type);
  if (!event) throw new Error(`the scenarios produced no ${type}`);
  const data = structuredClone(event.data) as Record<string, any>;
  change(data);
  return { type, data };
}

describe('The event catalogue refuses what no published event may carry', () => {
  it.each([
    ['a description outside personal', altered('planning.PlanDrafted', (d) => (d.elements[0].description = 'Start-up grant'))],
    ['an element type outside Annex 3', altered('planning.PlanDrafted', (d) => (d.elements[0].type = 'cash_for_work'))],
    ['a provider both in the directory and in free text', altered('planning.PlanDrafted', (d) => (d.elements[1].provider = { providerId: 'p', name: 'P' }))],
    ['a revision without its reason', altered('planning.PlanRevised', (d) => delete d.personal.reason)],
    ['an amount that is not whole', altered('planning.AllocationDecided', (d) => (d.amount = 1500.5))],
    ['a decision that names no programme', altered('planning.AllocationDecided', (d) => delete d.programme)],
    ['a programme named otherwise than its grids are addressed', altered('planning.AllocationDecided', (d) => (d.programme = 'Example Programme'))],
    ['a currency that is not ISO 4217', altered('planning.AllocationApproved', (d) => (d.currency = 'CFA francs'))],
    ['the reason of a derogation outside personal', altered('planning.PlanDerogationGranted', (d) => (d.reason = 'In hospital'))],
    ['a withdrawal without its date', altered('planning.ConsentNoted', (d) => { d.decision = 'withdrawn'; delete d.withdrawnOn; })],
    ['an activation without the consent it relied on', altered('planning.PlanActivated', (d) => delete d.consent)],
    ['the witness of a consent', altered('planning.ConsentNoted', (d) => (d.witnessName = 'Fatou'))],
  ])('refuses %s', (_what, event) => {
    expect(refusals([event])).toHaveLength(1);
  });
});

describe('A decision recorded before allocations named their programme (schema v1)', () => {
  const { programme: _sinceV2, ...v1 } = altered('planning.AllocationDecided', () => undefined).data;
  const stored = { ...asAppended({ type: 'planning.AllocationDecided', data: v1 }, 'SN'), schemaVersion: 1 };

  it('is still what v1 accepts, and v1 is as it was published: it takes no programme', () => {
    expect(() => catalogue.validate(stored)).not.toThrow();
    expect(() => catalogue.validate({ ...stored, data: { ...v1, programme: 'example-reintegration-programme' } })).toThrow();
  });

  it('is read as the current version under no programme, which a consumer importing it accepts', () => {
    expect(catalogue.currentVersion('planning.AllocationDecided')).toBe(2);
    const read = catalogue.upcast({ ...stored, eventId: 'e-1', streamId: 'plan-case-awa', streamVersion: 9, globalPosition: 9, recordedAt: stored.occurredAt, causationId: null });
    expect(read).toMatchObject({ schemaVersion: 2, data: { ...v1, programme: null } });
    expect(() => catalogue.validate(read)).not.toThrow();
    expect(refusals([withoutPersonal(read)])).toEqual([]);
  });
});
