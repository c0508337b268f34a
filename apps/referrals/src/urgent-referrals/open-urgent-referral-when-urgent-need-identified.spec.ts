import type { IntakeTopicEvent } from '@homeward/contracts/intake';
import { commandsFor } from '@homeward/events';
import type { RecordedEvent } from '@homeward/events';
import { openUrgentReferralWhenUrgentNeedIdentified as reaction } from './open-urgent-referral-when-urgent-need-identified';

const need = { caseId: 'c-1', returneeId: 'ret-1', needId: 'n-1', screeningId: 's-1', serviceNeeded: 'mental_health', urgency: 'life_threatening', identifiedAt: '2027-01-05T10:00:00.000Z', office: 'SN' };
const recorded = (event: IntakeTopicEvent) => ({ eventId: 'evt-1', correlationId: 'corr', ...event }) as unknown as RecordedEvent;

describe('Open an urgent referral when intake identifies an urgent need', () => {
  it('hands the need on as intake identified it, to be looked up and referred: pure, from the event alone', () => {
    expect(commandsFor(reaction, recorded({ type: 'intake.UrgentNeedIdentified', data: need } as IntakeTopicEvent))).toEqual([{ type: 'ReferUrgentNeed', data: need }]);
  });

  it('asks nothing of any other event of intake, the need addressed included', () => {
    expect(commandsFor(reaction, recorded({ type: 'intake.UrgentNeedAddressed', data: { caseId: 'c-1', needId: 'n-1', addressedAt: need.identifiedAt } }))).toEqual([]);
  });
});
