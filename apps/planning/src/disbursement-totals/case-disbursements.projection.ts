import type { AllocationApproved, AllocationDecided, DisbursementRecorded, PlanDue } from '@homeward/contracts/planning';
import type { Projection } from '@homeward/events';

export const CASE_DISBURSEMENTS = 'case_disbursements';

/** What one case's approved allocations under one programme come to in one currency, and how much of it is paid. */
export interface ProgrammeTotals {
  /** null: allocations decided before they named their programme. */
  programme: string | null;
  currency: string;
  approvedAmount: number;
  approvedAllocations: number;
  disbursedAmount: number;
  disbursements: number;
}

/**
 * One case's money, per programme and currency: the totals of a country or a programme are summed
 * from these when asked. Kept per case and not per country or programme on purpose: the runner
 * applies an event to a document only above the last position it applied, and events of different
 * streams can be read out of position order (by transaction), so a document fed by many streams
 * could miss one.
 */
export interface CaseDisbursements {
  caseId: string;
  country: string;
  /** Each allocation's programme as last decided: its approval and its payments name only the allocation. */
  allocationProgrammes: Record<string, string | null>;
  /** The programmes the totals are under, so a programme's cases are found through an index. */
  programmes: string[];
  totals: ProgrammeTotals[];
}

type Fact = PlanDue | AllocationDecided | AllocationApproved | DisbursementRecorded;

export const caseDisbursementsProjection: Projection<CaseDisbursements, Fact> = {
  name: 'planning.case-disbursements',
  collection: CASE_DISBURSEMENTS,
  // A country's cases, and a programme's (in the caller's countries, filtered among those): their totals are added up.
  indexes: [{ fields: ['country'] }, { fields: ['programmes'], multiValued: true }],
  handles: ['planning.PlanDue', 'planning.AllocationDecided', 'planning.AllocationApproved', 'planning.DisbursementRecorded'],
  documentId: (event) => event.data.caseId,
  evolve: (doc, event) => {
    if (event.type === 'planning.PlanDue') return doc ?? { caseId: event.data.caseId, country: event.data.country, allocationProgrammes: {}, programmes: [], totals: [] };
    if (!doc) return null;
    if (event.type === 'planning.AllocationDecided') return { ...doc, allocationProgrammes: { ...doc.allocationProgrammes, [event.data.allocationId]: event.data.programme } };
    const { allocationId, currency, amount } = event.data;
    const programme = doc.allocationProgrammes[allocationId] ?? null;
    const same = (t: ProgrammeTotals) => t.programme === programme && t.currency === currency;
    const before = doc.totals.find(same) ?? { programme, currency, approvedAmount: 0, approvedAllocations: 0, disbursedAmount: 0, disbursements: 0 };
    const after =
      event.type === 'planning.AllocationApproved'
        ? { ...before, approvedAmount: before.approvedAmount + amount, approvedAllocations: before.approvedAllocations + 1 }
        : { ...before, disbursedAmount: before.disbursedAmount + amount, disbursements: before.disbursements + 1 };
    const totals = [...doc.totals.filter((t) => !same(t)), after].sort(byProgrammeThenCurrency);
    return { ...doc, totals, programmes: [...new Set(totals.flatMap((t) => (t.programme ? [t.programme] : [])))] };
  },
};

/** Programmes in name order, the allocations under none last; then currencies. */
export const byProgrammeThenCurrency = (a: Pick<ProgrammeTotals, 'programme' | 'currency'>, b: Pick<ProgrammeTotals, 'programme' | 'currency'>): number =>
  programmeOrder(a.programme, b.programme) || a.currency.localeCompare(b.currency);

const programmeOrder = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);
