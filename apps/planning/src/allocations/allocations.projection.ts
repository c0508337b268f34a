import type { AllocationEvent, Instalment, Modality } from '@homeward/contracts/planning';
import type { Projection } from '@homeward/events';

export const ALLOCATIONS = 'allocations';

/** A financial allocation as decided (Table 2.2's final decision), and where its approval and payments stand. */
export interface AllocationItem {
  caseId: string;
  allocationId: string;
  elementId: string;
  /** The programme that pays it; null for one decided before allocations named their programme. */
  programme: string | null;
  /** The country the plan's events are recorded under: the office holding the plan. */
  country: string;
  modality: Modality;
  amount: number;
  currency: string;
  instalments: Instalment[];
  decidedAt: string;
  status: 'awaiting_approval' | 'approved';
  approvedBy?: string;
  approvedAt?: string;
  totalDisbursed: number;
}

const HANDLES = ['planning.AllocationDecided', 'planning.AllocationApproved', 'planning.DisbursementRecorded'] as const;

export const allocationsProjection: Projection<AllocationItem, AllocationEvent> = {
  name: 'planning.allocations',
  collection: ALLOCATIONS,
  // Those awaiting a supervisor's approval in some countries, the longest waiting first; all of a country's; both for every country.
  indexes: [{ fields: ['status', 'country', 'decidedAt'] }, { fields: ['status', 'decidedAt'] }, { fields: ['country', 'decidedAt'] }, { fields: ['decidedAt'] }],
  handles: HANDLES,
  // An allocation's id is the plan's own: two plans may use the same one.
  documentId: (event) => `${event.data.caseId}:${event.data.allocationId}`,
  evolve: (doc, event) => {
    switch (event.type) {
      case 'planning.AllocationDecided': {
        // Fields picked one by one: the criteria and the words of the decision are the plan's, not this list's.
        const { caseId, allocationId, elementId, programme, modality, amount, currency, instalments, decidedAt } = event.data;
        return { caseId, allocationId, elementId, programme, country: event.country, modality, amount, currency, instalments, decidedAt, status: 'awaiting_approval', totalDisbursed: 0 };
      }
      case 'planning.AllocationApproved':
        return doc && { ...doc, status: 'approved', approvedBy: event.data.approvedBy, approvedAt: event.data.approvedAt };
      case 'planning.DisbursementRecorded':
        return doc && { ...doc, totalDisbursed: event.data.totalDisbursed };
    }
  },
};
