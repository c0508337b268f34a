import { PROVISIONAL_RSS_TABLE, type MonitoringEvent } from '@homeward/contracts/monitoring';
import { deciderSpecification } from '../../shared/testing/decider-specification';
import type { MonitoringCommand, NoteApprovedPlan, RecordFollowUpMeeting, RecordRssSurvey } from '../monitoring.commands';
import { monitoringDecider } from '../monitoring.decider';
import { evolveMonitoring, initialMonitoringState, type CaseMonitoring } from '../monitoring.state';
import { HANDBOOK_SCHEDULE_RULES } from '../schedule/schedule-rules';

/** The clock of every scenario: Awa's plan was drafted on 2027-01-05 and approved on 2027-01-10 in Dakar. */
export const CREATED_ON = '2027-01-05';
export const APPROVED_ON = '2027-01-10';
export const NOW = `${APPROVED_ON}T12:00:00.000Z`;
export const CASE_ID = 'c-1';

/** "Given these events, when this command, then…" on the monitoring of Awa's case. */
export const given = deciderSpecification(monitoringDecider);
export const stateOf = (events: MonitoringEvent[]): CaseMonitoring => events.reduce(evolveMonitoring, initialMonitoringState());

type Who = { now?: string; userId?: string; role?: string };
type Input<D> = D extends unknown ? Omit<D, 'caseId'> : never;
export const SYSTEM: Who = { userId: 'monitoring', role: 'system' };
/** Noon in Dakar on a day. */
export const on = (day: string, who: Who = {}): Who => ({ ...who, now: `${day}T12:00:00.000Z` });

/** A command as Awa's case manager issues it (today, or as `who` says). */
export function command<C extends MonitoringCommand>(type: C['type'], data: Input<C['data']>, who: Who = {}): C {
  const { now = NOW, userId = 'cm-sn-1', role = 'case_manager' } = who;
  return { type, data: { caseId: CASE_ID, ...data }, metadata: { now, today: now.slice(0, 10), userId, role } } as C;
}

export const afterCommands = (history: MonitoringEvent[], ...commands: MonitoringCommand[]): MonitoringEvent[] =>
  commands.reduce((events, c) => [...events, ...monitoringDecider.decide(c, stateOf(events))], history);

export const ELEMENTS: NoteApprovedPlan['data']['elements'] = [
  { elementId: 'e-grant', type: 'financial_allocation' },
  { elementId: 'e-training', type: 'vocational_training' },
  { elementId: 'e-counselling', type: 'psychosocial' },
];

/** planning.PlanApproved passed on by monitoring's reaction, under the handbook's rules. */
export const approval = (planVersion = 1, approvedOn = APPROVED_ON, over: Partial<Input<NoteApprovedPlan['data']>> = {}) =>
  command<NoteApprovedPlan>('NoteApprovedPlan', { planVersion, planCreatedOn: CREATED_ON, approvedOn, country: 'SN', elements: ELEMENTS, rules: HANDBOOK_SCHEDULE_RULES, ...over }, on(approvedOn, SYSTEM));

export const monitored = () => afterCommands([], approval());

/** Every answer of the provisional table the same (3: the middle of its 1–5 scales), or as `over` says. */
export const answers = (over: Record<string, number> = {}, all = 3): Record<string, number> => ({
  ...Object.fromEntries(PROVISIONAL_RSS_TABLE.indicators.map((i) => [i.indicatorId, all])),
  ...over,
});

export const survey = (surveyId: string, day: string, given: Record<string, number>, over: Partial<Input<RecordRssSurvey['data']>> = {}) =>
  command<RecordRssSurvey>('RecordRssSurvey', { surveyId, conductedOn: day, answers: given, table: PROVISIONAL_RSS_TABLE, dropThreshold: 0.1, ...over }, on(day, { userId: 'me-sn-1', role: 'me_officer' }));

export const meeting = (meetingId: string, day: string, over: Partial<Input<RecordFollowUpMeeting['data']>> = {}) =>
  command<RecordFollowUpMeeting>(
    'RecordFollowUpMeeting',
    { meetingId, heldOn: day, mode: 'face_to_face', attendees: ['returnee', 'case_manager'], elementStatuses: [{ elementId: 'e-training', status: 'in_progress' }], ...over },
    on(day),
  );
