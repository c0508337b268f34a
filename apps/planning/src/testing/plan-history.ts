import { decidePlan, evolvePlan, initialPlanState, type PlanCommand, type PlanContent, type PlanState } from '@homeward/domain';
import { planningContract } from '@homeward/contracts/planning';
import { catalogueOf, type RecordedEvent, type Role } from '@homeward/events';

type Input<D> = D extends unknown ? Omit<D, 'caseId'> : never;
/** Each command's data without the case id, keyed by its type, so a command's type stays tied to its data. */
type CommandData = { [C in PlanCommand as C['type']]: Input<C['data']> };
type Who = { userId?: string; role?: Role | 'system' };

let globalPosition = 0;
/** Each event recorded under the version the store would give it: the decider makes the current one. */
const catalogue = catalogueOf([planningContract]);

/**
 * A plan's stream as the store records it, made by the real decider, so the read side's specs read
 * the events planning actually appends. Tests only: never imported by the code they test.
 */
export class PlanHistory {
  readonly events: RecordedEvent[] = [];
  private state: PlanState = initialPlanState();

  constructor(
    readonly caseId: string,
    readonly country = 'SN',
  ) {}

  /** The returnee arrived on this day: the plan clock starts (as planning's reaction to intake does). */
  static arrived(caseId: string, arrivalDate: string, country = 'SN'): PlanHistory {
    const history = new PlanHistory(caseId, country);
    history.run(`${arrivalDate}T18:00:00.000Z`, 'StartPlanClock', { returneeId: `r-${caseId}`, country, arrivalDate }, { userId: 'planning', role: 'system' });
    return history;
  }

  /** Arrived on 15 December; version 1 drafted on 5 January, approved on the 6th, signed and in force on the 7th. */
  static active(caseId: string, country = 'SN'): PlanHistory {
    const history = PlanHistory.arrived(caseId, '2026-12-15', country);
    history.draft('2027-01-05T09:00:00.000Z');
    history.submit('2027-01-05T11:00:00.000Z');
    history.approve('2027-01-06T09:00:00.000Z');
    history.consent('2027-01-07T09:00:00.000Z', 'k-plan');
    history.referralConsent('2027-01-07T09:05:00.000Z', 'k-ref', 'prov-tvet');
    history.activate('2027-01-07T10:00:00.000Z');
    return history;
  }

  /** Decides the command at `now` on the history so far and records what it appends. */
  run<T extends PlanCommand['type']>(now: string, type: T, data: CommandData[T], { userId = 'cm-sn-1', role = 'case_manager' }: Who = {}): RecordedEvent[] {
    const command = { type, data: { ...data, caseId: this.caseId }, metadata: { now, today: now.slice(0, 10), userId, role } } as PlanCommand;
    const appended = decidePlan(command, this.state).map((event) => {
      this.state = evolvePlan(this.state, event);
      const position = ++globalPosition;
      const recorded: RecordedEvent = {
        eventId: `evt-${position}`,
        streamId: `plan-${this.caseId}`,
        streamVersion: this.events.length + 1,
        globalPosition: position,
        type: event.type,
        schemaVersion: catalogue.currentVersion(event.type),
        occurredAt: now,
        recordedAt: now,
        actor: { userId, role },
        country: this.country,
        correlationId: 'test',
        causationId: null,
        data: event.data as unknown as RecordedEvent['data'],
      };
      return recorded;
    });
    this.events.push(...appended);
    return appended;
  }

  draft(now: string, content: PlanContent = planContent()) {
    return this.run(now, 'DraftPlan', { content });
  }

  submit(now: string, version = 1) {
    return this.run(now, 'SubmitPlan', { version });
  }

  approve(now: string, version = 1) {
    return this.run(now, 'ApprovePlan', { version }, SUPERVISOR);
  }

  /** The returnee signs the plan's form on that day (intake's register, passed on). */
  consent(now: string, consentId: string) {
    const decidedOn = now.slice(0, 10);
    return this.run(now, 'NoteConsent', { consentId, purpose: 'assistance', decision: 'given', decidedOn, formVersion: 'plan-v2', language: 'fr', dataCategories: ['plan'] }, SYSTEM);
  }

  /** Her consent to referral to a provider of the directory. */
  referralConsent(now: string, consentId: string, providerId: string) {
    const decidedOn = now.slice(0, 10);
    return this.run(now, 'NoteConsent', { consentId, purpose: 'referral', recipient: { recipientId: providerId, name: 'Centre' }, decision: 'given', decidedOn, formVersion: 'plan-v2', language: 'fr', dataCategories: ['identity', 'plan'] }, SYSTEM);
  }

  activate(now: string, version = 1) {
    return this.run(now, 'ActivatePlan', { version });
  }

  withdrawAssistance(now: string, consentId: string) {
    return this.run(now, 'NoteConsent', { consentId, purpose: 'assistance', decision: 'withdrawn', withdrawnOn: now.slice(0, 10) }, SYSTEM);
  }

  /** A mixed grant: half in cash, half in kind, on the element `e-grant`, under the example grid's programme unless another is named. */
  decideGrant(now: string, allocationId = 'a-1', amount = 300_000, currency = 'XOF', programme = 'example-reintegration-programme') {
    const half = amount / 2;
    return this.run(now, 'DecideAllocation', {
      allocationId,
      elementId: 'e-grant',
      programme,
      modality: 'mixed',
      criteria: {
        programmeDesign: { cashForeseen: true },
        costEfficiency: { mostEconomical: true },
        incentives: { cashIsIncentive: false },
        riskAssessment: { security: 'low', fraudOrDiversion: 'medium', dataProtection: 'low', higherThanAlternatives: false, acceptable: true },
        conditions: { conditionsNeeded: true, goodsAndServicesAvailable: true },
        partners: { capablePartner: true, partnerId: 'partner-wave' },
      },
      amount,
      currency,
      instalments: [
        { number: 1, dueOn: '2027-01-20', amount: half, modality: 'cash' },
        { number: 2, dueOn: '2027-03-01', amount: half, modality: 'in_kind' },
      ],
      riskControls: ['mobile_money_transfer', 'payment_to_supplier'],
      effectivenessMeasure: 'The shop is open at the six-month visit',
    });
  }

  approveGrant(now: string, allocationId = 'a-1') {
    return this.run(now, 'ApproveAllocation', { allocationId }, SUPERVISOR);
  }

  disburse(now: string, disbursementId: string, instalment: number, amount: number, allocationId = 'a-1') {
    return this.run(now, 'RecordDisbursement', { allocationId, disbursementId, instalment, amount, paidOn: now.slice(0, 10) });
  }
}

export const SUPERVISOR: Who = { userId: 'sup-sn-1', role: 'supervisor' };
const SYSTEM: Who = { userId: 'planning', role: 'system' };

/** A plan with a start-up grant, a training by a provider of the directory, counselling by one named in free text. */
export function planContent(over: Partial<PlanContent> = {}): PlanContent {
  return {
    elements: [
      { elementId: 'e-grant', type: 'financial_allocation', description: 'Start-up grant for the tailoring shop', responsibility: 'case_manager', startOn: '2027-01-15', endOn: '2027-04-15', status: 'planned' },
      { elementId: 'e-training', type: 'vocational_training', description: 'Pattern cutting', provider: { providerId: 'prov-tvet' }, responsibility: 'provider', status: 'planned' },
      { elementId: 'e-counselling', type: 'psychosocial', description: 'Monthly counselling', provider: { name: 'Centre Jàmm' }, responsibility: 'provider', status: 'planned' },
    ],
    followUp: 'A home visit every month',
    estimatedDurationMonths: 12,
    exitStrategy: 'Closed once the shop has run six months on its own',
    ...over,
  };
}

/**
 * The events as a store holding decisions recorded before allocations named their programme reads
 * them: each decision stored under schema v1 (no programme), read back through the contract's upcaster.
 */
export function decidedBeforeProgrammes(events: RecordedEvent[]): RecordedEvent[] {
  return events.map((e) => {
    if (e.type !== 'planning.AllocationDecided') return e;
    const { programme: _recordedSinceV2, ...v1 } = e.data;
    return catalogue.upcast({ ...e, schemaVersion: 1, data: v1 });
  });
}
