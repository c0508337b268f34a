import type { EventDefinition } from '@homeward/events/catalogue';
import { closed, enumOf, id, isoDate, isoDateTime, listOf, setOf, text } from '@homeward/events/catalogue';
import { INSTALMENT_MODALITIES, MAX_AMOUNT, MAX_INSTALMENTS, MODALITIES, PROGRAMME_PATTERN, RISK_CONTROLS, RISK_LEVELS } from './vocabulary';

const bool = { type: 'boolean' } as const;
const amount = { type: 'integer', minimum: 1, maximum: MAX_AMOUNT } as const;
const currency = { type: 'string', pattern: '^[A-Z]{3}$' } as const;
const instalmentNumber = { type: 'integer', minimum: 1, maximum: MAX_INSTALMENTS } as const;
const risk = enumOf(RISK_LEVELS);

/** Table 2.2, level by level. */
const criteria = closed(
  {
    programmeDesign: closed({ cashForeseen: bool }, ['cashForeseen']),
    costEfficiency: closed({ mostEconomical: bool }, ['mostEconomical']),
    incentives: closed({ cashIsIncentive: bool }, ['cashIsIncentive']),
    riskAssessment: closed(
      { security: risk, fraudOrDiversion: risk, dataProtection: risk, higherThanAlternatives: bool, acceptable: bool },
      ['security', 'fraudOrDiversion', 'dataProtection', 'higherThanAlternatives', 'acceptable'],
    ),
    conditions: closed({ conditionsNeeded: bool, goodsAndServicesAvailable: bool }, ['conditionsNeeded', 'goodsAndServicesAvailable']),
    partners: closed({ capablePartner: bool, partnerId: id }, ['capablePartner']),
  },
  ['programmeDesign', 'costEfficiency', 'incentives', 'riskAssessment', 'conditions', 'partners'],
);
const note = text(2000);
const criteriaNotes = closed({ programmeDesign: note, costEfficiency: note, incentives: note, riskAssessment: note, conditions: note, partners: note });

const programme = { type: 'string', pattern: PROGRAMME_PATTERN.source } as const;

const instalment = closed({ number: instalmentNumber, dueOn: isoDate, amount, modality: enumOf(INSTALMENT_MODALITIES) }, ['number', 'dueOn', 'amount', 'modality']);

/** What every version of a decision holds. */
const decision = {
  caseId: id,
  allocationId: id,
  elementId: id,
  modality: enumOf(MODALITIES),
  criteria,
  amount,
  currency,
  instalments: { ...listOf(instalment, MAX_INSTALMENTS), minItems: 1 },
  riskControls: setOf(RISK_CONTROLS),
  decidedAt: isoDateTime,
  personal: closed({ effectivenessMeasure: text(2000), criteriaNotes }, ['effectivenessMeasure']),
};
const DECISION_REQUIRED = ['caseId', 'allocationId', 'elementId', 'modality', 'criteria', 'amount', 'currency', 'instalments', 'riskControls', 'decidedAt'];

/** Cash or in kind (Table 2.2): the decision, its approval, and each payment against an instalment. */
export const planningAllocationEvents: EventDefinition[] = [
  {
    type: 'planning.AllocationDecided',
    context: 'planning',
    description:
      "The case manager's decision on a plan element's financial allocation, under the programme that pays it (null: decided before allocations named one): modality, the answers to Table 2.2's criteria, amount (an integer in the currency's minor unit) and currency, instalments, risk controls; how effectiveness is measured and the explanations of the answers are personal.",
    versions: {
      1: closed(decision, DECISION_REQUIRED),
      // The programme is a version of its own, not an optional field of v1: v1 stays the schema the events stored
      // and published under it were checked against, and in v2 the field is required, so a decision that leaves it
      // out is refused at append. It is nullable because consumers check what they import, upcast, against v2, and
      // the upcaster cannot know the programme of a v1 decision (its data names neither grid nor programme, and a
      // country may run several): null says "not recorded", where a guess would count money under a programme
      // that never decided it.
      2: closed({ ...decision, programme: { anyOf: [programme, { type: 'null' }] } }, [...DECISION_REQUIRED, 'programme']),
    },
    upcasters: {
      1: (data) => ({ ...data, programme: null }),
    },
  },
  {
    type: 'planning.AllocationApproved',
    context: 'planning',
    description: 'A supervisor approved an allocation for its amount and currency. No personal data.',
    versions: {
      1: closed(
        { caseId: id, allocationId: id, amount, currency, approvedBy: id, approvedAt: isoDateTime },
        ['caseId', 'allocationId', 'amount', 'currency', 'approvedBy', 'approvedAt'],
      ),
    },
  },
  {
    type: 'planning.DisbursementRecorded',
    context: 'planning',
    description: 'A payment (cash or in kind) against one instalment of an approved allocation, with the total disbursed after it, never above the approved amount. No personal data.',
    versions: {
      1: closed(
        {
          caseId: id,
          allocationId: id,
          disbursementId: id,
          instalment: instalmentNumber,
          amount,
          currency,
          modality: enumOf(INSTALMENT_MODALITIES),
          paidOn: isoDate,
          totalDisbursed: amount,
          recordedAt: isoDateTime,
        },
        ['caseId', 'allocationId', 'disbursementId', 'instalment', 'amount', 'currency', 'modality', 'paidOn', 'totalDisbursed', 'recordedAt'],
      ),
    },
  },
];
