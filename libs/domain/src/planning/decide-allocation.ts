import type { PlanEvent } from '@homeward/contracts/planning';
import { definedFields } from '../shared/defined-fields';
import { checkAllocation } from './allocation-rules';
import type { ApproveAllocation, DecideAllocation } from './plan.commands';
import { livePlan, requireSupervisor } from './plan.guards';
import { latestVersion, type PlanState } from './plan.state';
import { PlanningError } from './planning.errors';

/**
 * The financial allocation of a plan element, decided on Table 2.2's criteria under the programme that
 * pays it. Until a supervisor approves it the case manager may decide it again, under another programme
 * too; once approved it stands.
 */
export function decideAllocation({ data, metadata }: DecideAllocation, state: PlanState): PlanEvent[] {
  const plan = livePlan(state, data.caseId);
  const element = latestVersion(plan)?.content.elements.find((e) => e.elementId === data.elementId);
  if (element?.type !== 'financial_allocation') {
    throw new PlanningError('ALLOCATION_ELEMENT_NOT_FOUND', `The latest version has no financial allocation element ${data.elementId}`, 'elementId');
  }
  if (plan.allocations[data.allocationId]?.status === 'approved') throw new PlanningError('ALLOCATION_ALREADY_APPROVED', `Allocation ${data.allocationId} is approved`, 'allocationId');
  checkAllocation(data);
  return [
    {
      type: 'planning.AllocationDecided',
      data: {
        caseId: plan.caseId,
        allocationId: data.allocationId,
        elementId: data.elementId,
        programme: data.programme,
        modality: data.modality,
        criteria: data.criteria,
        amount: data.amount,
        currency: data.currency,
        instalments: data.instalments,
        riskControls: data.riskControls,
        decidedAt: metadata.now,
        personal: { effectivenessMeasure: data.effectivenessMeasure, ...definedFields({ criteriaNotes: data.criteriaNotes }) },
      },
    },
  ];
}

export function approveAllocation({ data, metadata }: ApproveAllocation, state: PlanState): PlanEvent[] {
  const plan = livePlan(state, data.caseId);
  requireSupervisor(metadata, 'approves an allocation');
  const allocation = plan.allocations[data.allocationId];
  if (!allocation) throw new PlanningError('ALLOCATION_NOT_FOUND', `No allocation ${data.allocationId}`, 'allocationId');
  if (allocation.status === 'approved') throw new PlanningError('ALLOCATION_ALREADY_APPROVED', `Allocation ${data.allocationId} is already approved`, 'allocationId');
  return [
    {
      type: 'planning.AllocationApproved',
      data: { caseId: plan.caseId, allocationId: allocation.allocationId, amount: allocation.amount, currency: allocation.currency, approvedBy: metadata.userId, approvedAt: metadata.now },
    },
  ];
}
