import type { AllocationEvent, Instalment, Modality } from '@homeward/contracts/planning';
import { exhaustive } from '../shared/exhaustive';

export interface AllocationState {
  allocationId: string;
  elementId: string;
  /** The programme that pays it; null for one decided before allocations named their programme. */
  programme: string | null;
  modality: Modality;
  amount: number;
  currency: string;
  instalments: Instalment[];
  status: 'decided' | 'approved';
  /** Paid so far, per instalment number. */
  paid: Record<number, number>;
  totalDisbursed: number;
}

/** A plan's allocations, by id: decided (again, until approved), approved, paid instalment by instalment. */
export function evolveAllocations(allocations: Record<string, AllocationState>, event: AllocationEvent): Record<string, AllocationState> {
  switch (event.type) {
    case 'planning.AllocationDecided': {
      const { allocationId, elementId, programme, modality, amount, currency, instalments } = event.data;
      return { ...allocations, [allocationId]: { allocationId, elementId, programme, modality, amount, currency, instalments, status: 'decided', paid: {}, totalDisbursed: 0 } };
    }
    case 'planning.AllocationApproved': {
      const allocation = allocations[event.data.allocationId];
      return { ...allocations, [allocation.allocationId]: { ...allocation, status: 'approved' } };
    }
    case 'planning.DisbursementRecorded': {
      const { allocationId, instalment, amount, totalDisbursed } = event.data;
      const allocation = allocations[allocationId];
      return { ...allocations, [allocationId]: { ...allocation, paid: { ...allocation.paid, [instalment]: (allocation.paid[instalment] ?? 0) + amount }, totalDisbursed } };
    }
    default:
      return exhaustive(event);
  }
}
