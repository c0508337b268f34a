import type { AllocationApproved, DisbursementRecorded, PlanDue } from '@homeward/contracts/planning';
import type { Projection } from '@homeward/events';

export const CASE_DISBURSEMENTS = 'case_disbursements';

/** What one case's approved allocations come to in one currency, and how much of it is paid. */
export interface CurrencyTotals {
  currency: string;
  approvedAmount: number;
  approvedAllocations: number;
  disbursedAmount: number;
  disbursements: number;
}

/**
 * One case's money, per currency: the totals of a country are summed from these when asked.
 * Kept per case and not per country on purpose: the runner applies an event to a document only
 * above the last position it applied, and events of different streams can be read out of
 * position order (by transaction), so a document fed by many streams could miss one.
 */
export interface CaseDisbursements {
  caseId: string;
  country: string;
  totals: CurrencyTotals[];
}

type Fact = PlanDue | AllocationApproved | DisbursementRecorded;

export const caseDisbursementsProjection: Projection<CaseDisbursements, Fact> = {
  name: 'planning.case-disbursements',
  collection: CASE_DISBURSEMENTS,
  // A country's cases: their totals are added up per currency.
  indexes: [{ fields: ['country'] }],
  handles: ['planning.PlanDue', 'planning.AllocationApproved', 'planning.DisbursementRecorded'],
  documentId: (event) => event.data.caseId,
  evolve: (doc, event) => {
    if (event.type === 'planning.PlanDue') return doc ?? { caseId: event.data.caseId, country: event.data.country, totals: [] };
    if (!doc) return null;
    const { currency } = event.data;
    const before = doc.totals.find((t) => t.currency === currency) ?? { currency, approvedAmount: 0, approvedAllocations: 0, disbursedAmount: 0, disbursements: 0 };
    const after =
      event.type === 'planning.AllocationApproved'
        ? { ...before, approvedAmount: before.approvedAmount + event.data.amount, approvedAllocations: before.approvedAllocations + 1 }
        : { ...before, disbursedAmount: before.disbursedAmount + event.data.amount, disbursements: before.disbursements + 1 };
    return { ...doc, totals: [...doc.totals.filter((t) => t.currency !== currency), after].sort((a, b) => a.currency.localeCompare(b.currency)) };
  },
};
