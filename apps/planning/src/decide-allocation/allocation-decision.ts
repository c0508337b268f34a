import type { DecideAllocation } from '@homeward/domain';
import type { DecideAllocationRequest } from './decide-allocation.request.dto';

const defined = <T extends object>(fields: T): Partial<T> => Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;

/** The request as the domain reads a decision, under the programme the service settled on: plain data, only what was given. */
export function allocationDecision(caseId: string, allocationId: string, programme: string, r: DecideAllocationRequest): DecideAllocation['data'] {
  const { programmeDesign, costEfficiency, incentives, riskAssessment, conditions, partners } = r.criteria;
  const notes = r.criteriaNotes && defined({ ...r.criteriaNotes });
  return {
    caseId,
    allocationId,
    elementId: r.elementId,
    programme,
    modality: r.modality,
    criteria: {
      programmeDesign: { cashForeseen: programmeDesign.cashForeseen },
      costEfficiency: { mostEconomical: costEfficiency.mostEconomical },
      incentives: { cashIsIncentive: incentives.cashIsIncentive },
      riskAssessment: { ...riskAssessment },
      conditions: { ...conditions },
      partners: { capablePartner: partners.capablePartner, ...(partners.partnerId ? { partnerId: partners.partnerId } : {}) },
    },
    ...(notes && Object.keys(notes).length ? { criteriaNotes: notes } : {}),
    amount: r.amount,
    currency: r.currency,
    instalments: r.instalments.map(({ number, dueOn, amount, modality }) => ({ number, dueOn, amount, modality })),
    riskControls: r.riskControls,
    effectivenessMeasure: r.effectivenessMeasure,
  };
}
