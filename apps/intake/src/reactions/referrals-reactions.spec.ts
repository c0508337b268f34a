import type { ReferralsTopicEvent } from '@homeward/contracts/referrals';
import { decideCase, evolveCase, initialCaseState, IntakeError, type CaseCommand, type CaseState } from '@homeward/domain';
import type { Recorded } from '@homeward/events';
import { CaseScenario } from '@homeward/testing/intake';
import { markUrgentNeedAddressedWhenReferralAcknowledged as reaction } from './referrals-reactions';

const ACKNOWLEDGED_AT = '2026-11-23T11:00:00.000Z';

/** Referrals' event as intake's inbox holds it, from referrals' topic. */
const acknowledged = (caseId: string, needId?: string) =>
  ({
    eventId: 'evt-ack',
    type: 'referrals.ReferralAcknowledged',
    data: { caseId, referralId: needId ? `urgent-${needId}` : 'r-1', providerId: 'prov-clinic', ...(needId ? { needId } : {}), acknowledgedAt: ACKNOWLEDGED_AT },
  }) as unknown as Recorded<Extract<ReferralsTopicEvent, { type: 'referrals.ReferralAcknowledged' }>>;

/** What intake records when it runs the reaction's commands as the system, on the case as it stands. */
function afterReaction(state: CaseState, event: ReturnType<typeof acknowledged>) {
  return reaction.react(event).flatMap((input) => decideCase({ ...input, metadata: { now: ACKNOWLEDGED_AT, today: '2026-11-23', userId: reaction.name, role: 'system' } } as CaseCommand, state));
}

describe("Intake reacts to referrals' topic", () => {
  const awa = CaseScenario.registered();
  awa.run('RecordVulnerabilityScreening', { screeningId: 's-1', needId: 'n-1', area: 'physical_health', urgency: 'life_threatening' });
  const state = awa.events.reduce((s, e) => evolveCase(s, e as never), initialCaseState());

  it('marks the urgent need addressed when the emergency provider acknowledges its urgent referral: through the event, not a call', () => {
    expect(afterReaction(state, acknowledged(awa.caseId, 'n-1'))).toEqual([{ type: 'intake.UrgentNeedAddressed', data: { caseId: awa.caseId, needId: 'n-1', addressedAt: ACKNOWLEDGED_AT } }]);
  });

  it('asks for nothing when the acknowledged referral was not made for an urgent need', () => {
    expect(reaction.react(acknowledged(awa.caseId))).toEqual([]);
  });

  it('a need already marked addressed by its case manager is refused as such (a 409 the runner logs and skips), never recorded twice', () => {
    const addressed = afterReaction(state, acknowledged(awa.caseId, 'n-1')).reduce(evolveCase, state);
    expect(() => afterReaction(addressed, acknowledged(awa.caseId, 'n-1'))).toThrow(expect.objectContaining({ code: 'URGENT_NEED_ALREADY_ADDRESSED' }));
    expect(new IntakeError('URGENT_NEED_ALREADY_ADDRESSED').status).toBe(409);
  });
});
