import { planDecider } from './plan.decider';
import { active, afterCommands, approveGrant, disburse, drafted, given, mixedGrant, NOW, stateOf } from './testing/plan-fixtures';

const approvedGrant = () => afterCommands(active(), mixedGrant(), approveGrant());

describe('Each disbursement is recorded against an instalment, never above the approved amount', () => {
  it('records both instalments, with the total disbursed after each', () => {
    given(approvedGrant()).when(disburse('d-1', 1, 150_000)).then([
      {
        type: 'planning.DisbursementRecorded',
        data: { caseId: 'c-1', allocationId: 'a-1', disbursementId: 'd-1', instalment: 1, amount: 150_000, currency: 'XOF', modality: 'cash', paidOn: '2027-01-05', totalDisbursed: 150_000, recordedAt: NOW },
      },
    ]);
    given(afterCommands(approvedGrant(), disburse('d-1', 1, 150_000))).when(disburse('d-2', 2, 150_000)).thenMatches([{ data: { modality: 'in_kind', totalDisbursed: 300_000 } }]);
  });

  it('a third disbursement beyond the approved amount is refused', () => {
    const paid = afterCommands(approvedGrant(), disburse('d-1', 1, 150_000), disburse('d-2', 2, 150_000));
    given(paid).when(disburse('d-3', 2, 1)).thenThrows('APPROVED_AMOUNT_EXCEEDED', { field: 'amount', details: { approved: 300_000, disbursed: 300_000 } });
  });

  it('a payment does not exceed its instalment; an instalment may be paid in parts', () => {
    given(approvedGrant()).when(disburse('d-1', 1, 150_001)).thenThrows('INSTALMENT_EXCEEDED');
    const part = afterCommands(approvedGrant(), disburse('d-1', 1, 100_000));
    given(part).when(disburse('d-2', 1, 50_000)).thenMatches([{ data: { totalDisbursed: 150_000 } }]);
    given(part).when(disburse('d-2', 1, 50_001)).thenThrows('INSTALMENT_EXCEEDED');
  });

  it('two payments decided on the same history cannot both be appended: the second, decided again on the first, is refused', () => {
    const history = afterCommands(approvedGrant(), disburse('d-1', 1, 150_000));
    const first = planDecider.decide(disburse('d-2', 2, 150_000), stateOf(history));
    expect(planDecider.decide(disburse('d-3', 2, 150_000), stateOf(history))).toHaveLength(1);
    // The store takes one of them at the version both read; the other is decided again on the new history.
    given([...history, ...first]).when(disburse('d-3', 2, 150_000)).thenThrows('APPROVED_AMOUNT_EXCEEDED');
  });

  it('only against an approved allocation, under a plan in force', () => {
    given(afterCommands(active(), mixedGrant())).when(disburse('d-1', 1, 1)).thenThrows('ALLOCATION_NOT_APPROVED');
    given(afterCommands(drafted(), mixedGrant(), approveGrant())).when(disburse('d-1', 1, 1)).thenThrows('PLAN_NOT_ACTIVE');
    given(active()).when(disburse('d-1', 1, 1)).thenThrows('ALLOCATION_NOT_FOUND');
  });

  it('against an instalment the allocation has, once per disbursement, paid no later than today', () => {
    given(approvedGrant()).when(disburse('d-1', 3, 1)).thenThrows('INSTALMENT_NOT_FOUND', { field: 'instalment' });
    given(afterCommands(approvedGrant(), disburse('d-1', 1, 1))).when(disburse('d-1', 1, 1)).thenThrows('DISBURSEMENT_ALREADY_RECORDED');
    given(approvedGrant()).when(disburse('d-1', 1, 1, '2027-01-06')).thenThrows('FACT_IN_FUTURE', { field: 'paidOn' });
  });
});
