import type { IntakeTopicEvent } from '@homeward/contracts/intake';
import type { PlanEvent } from '@homeward/contracts/planning';
import { planDecider, type PlanCommand, type PlanState } from '@homeward/domain';
import type { Recorded, RecordedEvent } from '@homeward/events';
import { withoutPersonal } from '@homeward/events/testing';
import { CaseScenario } from '@homeward/testing/intake';
import { planningReactions } from './intake-reactions';

const ARRIVED = { now: '2026-12-16T09:00:00.000Z' };
const AFTER_ARRIVAL = { now: '2026-12-20T09:00:00.000Z' };

/** Intake's events as planning receives them: from the topic, without their personal part. */
const onTopic = (events: RecordedEvent[]): Recorded<IntakeTopicEvent>[] => events.map((e) => ({ ...e, data: withoutPersonal(e).data }) as Recorded<IntakeTopicEvent>);

/** What planning records when it reacts to each event in turn, its commands issued as the system. */
function planAfter(events: Recorded<IntakeTopicEvent>[]): PlanEvent[] {
  let state: PlanState = planDecider.initialState();
  const recorded: PlanEvent[] = [];
  for (const event of events) {
    for (const input of planningReactions.react(event)) {
      const command = { ...input, metadata: { now: '2026-12-20T10:00:00.000Z', today: '2026-12-20', userId: 'planning', role: 'system' } } as PlanCommand;
      const decided = planDecider.decide(command, state);
      state = decided.reduce(planDecider.evolve, state);
      recorded.push(...decided);
    }
  }
  return recorded;
}

const arrival = (scenario: CaseScenario) => scenario.run('RecordArrival', { arrivalDate: '2026-12-15' }, ARRIVED);

describe("Planning reacts to intake's topic", () => {
  it('lists what it handles, each type once', () => {
    expect(new Set(planningReactions.handles).size).toBe(planningReactions.handles.length);
    expect(planningReactions.handles).toEqual(expect.arrayContaining(['intake.ReturneeArrived', 'intake.ConsentGiven', 'intake.ConsentRefused', 'intake.ConsentWithdrawn']));
  });

  it('an arrival starts the plan clock in the country of origin: the plan is due a month later', () => {
    const awa = CaseScenario.registered();
    expect(planAfter(onTopic(arrival(awa)))).toEqual([
      { type: 'planning.PlanDue', data: { caseId: awa.caseId, returneeId: `r-${awa.caseId}`, country: 'SN', arrivalDate: '2026-12-15', dueOn: '2027-01-15' } },
    ]);
  });

  it('a consent given is noted as the form was signed, without the witness', () => {
    const awa = CaseScenario.registered();
    const given = awa.run('GiveConsent', { consentId: 'k-1', purpose: 'assistance', dataCategories: ['case_summary', 'plan'], decidedOn: '2026-11-23', formVersion: 'v3', language: 'fr', witness: { role: 'interpreter', name: 'Fatou' } });
    expect(planAfter(onTopic(given))).toEqual([
      {
        type: 'planning.ConsentNoted',
        data: { caseId: awa.caseId, consentId: 'k-1', purpose: 'assistance', decision: 'given', decidedOn: '2026-11-23', decidedAt: '2026-11-23T09:00:00.000Z', formVersion: 'v3', language: 'fr', dataCategories: ['case_summary', 'plan'], notedAt: '2026-12-20T10:00:00.000Z' },
      },
    ]);
  });

  it('a consent to referral keeps the recipient it names, so activation can check each provider', () => {
    const awa = CaseScenario.registered();
    const recipient = { recipientId: 'sp-cfp', name: 'Centre de formation' };
    const given = awa.run('GiveConsent', { consentId: 'k-ref', purpose: 'referral', recipient, dataCategories: ['identity'], decidedOn: '2026-11-23', formVersion: 'v3', language: 'fr' });
    expect(planAfter(onTopic(given))).toMatchObject([{ type: 'planning.ConsentNoted', data: { purpose: 'referral', recipient } }]);
  });

  it('assistance refused after the arrival closes the plan', () => {
    const awa = CaseScenario.registered();
    const history = [...arrival(awa), ...awa.run('RefuseConsent', { consentId: 'k-no', purpose: 'assistance', decidedOn: '2026-12-16', formVersion: 'v3', language: 'fr' }, ARRIVED)];
    expect(planAfter(onTopic(history)).map((e) => e.type)).toEqual(['planning.PlanDue', 'planning.ConsentNoted', 'planning.PlanClosed']);
    expect(planAfter(onTopic(history))[1]).toMatchObject({ data: { decision: 'refused', dataCategories: [] } });
  });

  it('consent to assistance withdrawn suspends the plan', () => {
    const awa = CaseScenario.registered();
    const history = [...awa.giveAssistanceConsent('k-1'), ...arrival(awa), ...awa.run('WithdrawConsent', { consentId: 'k-1', withdrawnOn: '2026-12-16', reason: 'Changed her mind' }, ARRIVED)];
    const plan = planAfter(onTopic(history));
    expect(plan.map((e) => e.type)).toEqual(['planning.ConsentNoted', 'planning.PlanDue', 'planning.ConsentNoted', 'planning.PlanSuspended']);
    expect(plan[2]).toMatchObject({ data: { consentId: 'k-1', decision: 'withdrawn', withdrawnOn: '2026-12-16', formVersion: 'v3' } });
  });

  it('a plan designed at a pre-departure session is noted for review at the first plan after arrival', () => {
    const awa = CaseScenario.registered();
    const history = [
      ...awa.giveAssistanceConsent(),
      ...awa.run('ScheduleSession', { sessionId: 's-pre', phase: 'pre_departure', scheduledFor: '2026-11-23T10:00:00.000Z' }),
      ...awa.run('StartSession', { sessionId: 's-pre' }),
      ...awa.stepsBeforeClosing('s-pre'),
    ];
    const designed = history.find((e) => e.type === 'intake.CounsellingStepRecorded' && e.data.step === 'plan_design')!;
    expect(planAfter(onTopic(history)).slice(1)).toEqual([
      { type: 'planning.PreDeparturePlanNoted', data: { caseId: awa.caseId, sessionId: 's-pre', designedAt: designed.data.recordedAt } },
    ]);
  });

  it("a post-arrival session's plan design is no pre-departure plan (the topic's step names no phase: the arrival before it tells)", () => {
    const awa = CaseScenario.registered();
    const history = [
      ...awa.giveAssistanceConsent(),
      ...arrival(awa),
      ...awa.run('ScheduleSession', { sessionId: 's-post', phase: 'post_arrival', scheduledFor: '2026-12-20T10:00:00.000Z' }, AFTER_ARRIVAL),
      ...awa.run('StartSession', { sessionId: 's-post' }, AFTER_ARRIVAL),
      ...awa.run('RecordSessionStep', { sessionId: 's-post', details: { step: 'plan_design', goals: ['Tailoring'], strengths: ['Sewing'], lifePlan: 'Thiès' } }, AFTER_ARRIVAL),
    ];
    expect(planningReactions.react(onTopic(history).at(-1)!)).toHaveLength(1);
    expect(planAfter(onTopic(history)).map((e) => e.type)).toEqual(['planning.ConsentNoted', 'planning.PlanDue']);
  });

  it('other steps and other events ask nothing of planning', () => {
    const awa = CaseScenario.registered();
    const history = [...awa.events, ...awa.giveAssistanceConsent(), ...awa.run('ScheduleSession', { sessionId: 's-1', phase: 'pre_departure', scheduledFor: '2026-11-23T10:00:00.000Z' })];
    const unrelated = onTopic(history).filter((e) => e.type !== 'intake.ConsentGiven');
    expect(unrelated.length).toBeGreaterThan(2);
    expect(unrelated.flatMap((e) => planningReactions.react(e))).toEqual([]);
  });
});
