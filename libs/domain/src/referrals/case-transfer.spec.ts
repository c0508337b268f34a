import { referralsDecider } from './referrals.decider';
import { afterCommands, command, given, requested, SYSTEM, urgentNeed } from './testing/referral-fixtures';

const TRANSFERRED_AT = '2027-01-06T10:00:00.000Z';
const transferTo = (office: string) => command('NoteCaseTransfer', { office, transferredAt: TRANSFERRED_AT }, SYSTEM);
const moved = (referralId: string, fromOffice: string, office: string) => ({ type: 'referrals.ReferralOfficeChanged' as const, data: { caseId: 'c-1', referralId, fromOffice, office, changedAt: TRANSFERRED_AT } });

describe('Intake transferred the case: its referrals go to the office that now holds it', () => {
  it('moves each referral of the case, one event each', () => {
    given(afterCommands(requested(), urgentNeed())).when(transferTo('GN')).then([moved('r-tvet', 'SN', 'GN'), moved('urgent-n-1', 'SN', 'GN')]);
  });

  it('changes nothing when the case has no referral, or they are already held there', () => {
    given([]).when(transferTo('GN')).thenNothing();
    given(afterCommands(requested(), transferTo('GN'))).when(transferTo('GN')).thenNothing();
  });

  it('leaves the referral held by the new office in the state the decider folds', () => {
    const events = afterCommands(requested(), transferTo('GN'));
    const state = events.reduce(referralsDecider.evolve, referralsDecider.initialState());
    expect(state.referrals['r-tvet']).toMatchObject({ office: 'GN', status: 'requested' });
  });

  it('is still noted once she was erased: it carries nothing of her', () => {
    given(afterCommands(requested(), command('NoteErasure', { erasedAt: TRANSFERRED_AT }, SYSTEM))).when(transferTo('GN')).then([moved('r-tvet', 'SN', 'GN')]);
  });
});
