import type { PlanEvent } from '@homeward/contracts/planning';
import { notInFuture } from '../shared/dates';
import type { RecordDisbursement } from './plan.commands';
import { livePlan, requireInForce } from './plan.guards';
import type { PlanState } from './plan.state';
import { PlanningError } from './planning.errors';

/**
 * A payment is recorded against an instalment of an approved allocation, under a plan in force.
 * The total disbursed never exceeds the approved amount, nor a payment its instalment. Two payments
 * decided at once on the same history cannot both pass: the store's expected version refuses the
 * second, which is decided again on the history that holds the first.
 */
export function recordDisbursement({ data, metadata }: RecordDisbursement, state: PlanState): PlanEvent[] {
  const plan = livePlan(state, data.caseId);
  const allocation = plan.allocations[data.allocationId];
  if (!allocation) throw new PlanningError('ALLOCATION_NOT_FOUND', `No allocation ${data.allocationId}`, 'allocationId');
  if (allocation.status !== 'approved') throw new PlanningError('ALLOCATION_NOT_APPROVED', `Allocation ${data.allocationId} awaits a supervisor's approval`, 'allocationId');
  requireInForce(plan);
  if (plan.disbursementIds.includes(data.disbursementId)) throw new PlanningError('DISBURSEMENT_ALREADY_RECORDED', undefined, 'disbursementId');
  notInFuture(data.paidOn, metadata.today, 'paidOn', 'A payment');
  const totalDisbursed = allocation.totalDisbursed + data.amount;
  if (totalDisbursed > allocation.amount) {
    throw new PlanningError('APPROVED_AMOUNT_EXCEEDED', `${allocation.totalDisbursed} of ${allocation.amount} ${allocation.currency} is disbursed; ${data.amount} more would exceed it`, 'amount', {
      approved: allocation.amount,
      disbursed: allocation.totalDisbursed,
    });
  }
  const instalment = allocation.instalments.find((i) => i.number === data.instalment);
  if (!instalment) throw new PlanningError('INSTALMENT_NOT_FOUND', `Allocation ${data.allocationId} has no instalment ${data.instalment}`, 'instalment');
  const paid = allocation.paid[instalment.number] ?? 0;
  if (paid + data.amount > instalment.amount) {
    throw new PlanningError('INSTALMENT_EXCEEDED', `Instalment ${instalment.number} is ${instalment.amount}, of which ${paid} is paid`, 'amount');
  }
  return [
    {
      type: 'planning.DisbursementRecorded',
      data: {
        caseId: plan.caseId,
        allocationId: allocation.allocationId,
        disbursementId: data.disbursementId,
        instalment: instalment.number,
        amount: data.amount,
        currency: allocation.currency,
        modality: instalment.modality,
        paidOn: data.paidOn,
        totalDisbursed,
        recordedAt: metadata.now,
      },
    },
  ];
}
