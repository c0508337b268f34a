import type { InstalmentModality, Modality, RiskControl, RiskLevel } from './vocabulary';

/** The answers to Table 2.2's questions, level by level. Free-text explanations are personal (criteriaNotes). */
export interface AllocationCriteria {
  /** Is cash support foreseen in the reintegration programme? */
  programmeDesign: { cashForeseen: boolean };
  /** Is the option chosen the most economical? If not, the notes say why it was chosen. */
  costEfficiency: { mostEconomical: boolean };
  /** Would cash be an incentive to migrate, irregularly included? */
  incentives: { cashIsIncentive: boolean };
  /** The risks of cash against the other options, and whether they are acceptable. */
  riskAssessment: { security: RiskLevel; fraudOrDiversion: RiskLevel; dataProtection: RiskLevel; higherThanAlternatives: boolean; acceptable: boolean };
  /** Are conditions needed, and are goods and services available for them? */
  conditions: { conditionsNeeded: boolean; goodsAndServicesAvailable: boolean };
  /** Is there a partner able to pay cash directly at a reasonable cost? */
  partners: { capablePartner: boolean; partnerId?: string };
}
export type AllocationCriterion = keyof AllocationCriteria;

export interface Instalment {
  /** 1, 2, …: the order of payment. */
  number: number;
  dueOn: string;
  /** In the currency's minor unit. */
  amount: number;
  modality: InstalmentModality;
}

/**
 * The case manager's decision on the financial allocation of a plan element (Table 2.2, final decision),
 * under the programme that pays it (Table 2.2's programme design: is cash foreseen by the programme).
 */
export interface AllocationDecided {
  type: 'planning.AllocationDecided';
  data: {
    caseId: string;
    allocationId: string;
    elementId: string;
    /** The programme (as its grids are addressed); null only for a decision recorded before allocations named one (schema v1). */
    programme: string | null;
    modality: Modality;
    criteria: AllocationCriteria;
    amount: number;
    currency: string;
    instalments: Instalment[];
    riskControls: RiskControl[];
    decidedAt: string;
    personal: { effectivenessMeasure: string; criteriaNotes?: Partial<Record<AllocationCriterion, string>> };
  };
}

export interface AllocationApproved {
  type: 'planning.AllocationApproved';
  data: { caseId: string; allocationId: string; amount: number; currency: string; approvedBy: string; approvedAt: string };
}

/** A payment against one instalment of an approved allocation; `totalDisbursed` is the allocation's total after it. */
export interface DisbursementRecorded {
  type: 'planning.DisbursementRecorded';
  data: {
    caseId: string;
    allocationId: string;
    disbursementId: string;
    instalment: number;
    amount: number;
    currency: string;
    modality: InstalmentModality;
    paidOn: string;
    totalDisbursed: number;
    recordedAt: string;
  };
}

export type AllocationEvent = AllocationDecided | AllocationApproved | DisbursementRecorded;
