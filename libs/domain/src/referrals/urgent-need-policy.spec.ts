import type { IntakeTopicEvent } from '@homeward/contracts/intake';
import { CLINIC } from './testing/provider-fixtures';
import { AWA, given, NOW } from './testing/referral-fixtures';
import { urgentNeedPolicy, type UrgentNeedLookup } from './urgent-need.policy';

const identified: IntakeTopicEvent = {
  type: 'intake.UrgentNeedIdentified',
  data: { caseId: 'c-1', returneeId: 'ret-1', needId: 'n-1', screeningId: 's-1', serviceNeeded: 'medical', urgency: 'life_threatening', identifiedAt: NOW, office: 'SN' },
};
const lookup: UrgentNeedLookup = { area: 'SN-DK', candidates: [CLINIC], returnee: AWA };
const metadata = { now: NOW, today: NOW.slice(0, 10), userId: 'referrals', role: 'system' };

describe('Urgent need identified in intake → open urgent referral', () => {
  it('turns the need into the command to open an urgent referral, acknowledged within 24 hours unless the programme says otherwise', () => {
    expect(urgentNeedPolicy(identified, lookup, metadata)).toEqual([
      {
        type: 'OpenUrgentReferral',
        data: {
          caseId: 'c-1',
          referralId: 'urgent-n-1',
          unmetNeedId: 'unmet-n-1',
          needId: 'n-1',
          serviceNeeded: 'medical',
          urgency: 'life_threatening',
          office: 'SN',
          area: 'SN-DK',
          candidates: [CLINIC],
          acknowledgeWithinHours: 24,
          returnee: AWA,
        },
        metadata,
      },
    ]);
    expect(urgentNeedPolicy(identified, lookup, metadata, { acknowledgeWithinHours: 6 })[0].data.acknowledgeWithinHours).toBe(6);
  });

  it('the same event delivered again makes the same command, which the decider finds already acted on', () => {
    const [first] = urgentNeedPolicy(identified, lookup, metadata);
    const [again] = urgentNeedPolicy(identified, lookup, { ...metadata, now: '2027-01-05T10:00:05.000Z' });
    expect(again.data).toEqual(first.data);
    given(given([]).when(first).events()).when(again).thenNothing();
  });

  it('the command it makes opens the referral at once', () => {
    const [command] = urgentNeedPolicy(identified, lookup, metadata);
    given([]).when(command).thenMatches([{ type: 'referrals.ReferralRequested' }, { type: 'referrals.EmergencyExceptionApplied' }, { type: 'referrals.ReferralSent' }]);
  });

  it('asks for nothing on any other event of intake', () => {
    const addressed: IntakeTopicEvent = { type: 'intake.UrgentNeedAddressed', data: { caseId: 'c-1', needId: 'n-1', addressedAt: NOW } };
    expect(urgentNeedPolicy(addressed, lookup, metadata)).toEqual([]);
  });
});
