import { decideMonitoring, evolveMonitoring, HANDBOOK_SCHEDULE_RULES, initialMonitoringState, type MonitoringCommand } from '@homeward/domain';
import { MONITORING_EVENT_TYPES, monitoringContract, PROVISIONAL_RSS_TABLE, type MonitoringEvent, type RssTable } from '@homeward/contracts/monitoring';
import { catalogueOf, type EventData } from '@homeward/events';
import { catalogueRefusals, withoutPersonal } from '@homeward/events/testing';

type Input<D> = D extends unknown ? Omit<D, 'caseId'> : never;
type CaseData = { [C in MonitoringCommand as C['type']]: Input<C['data']> };

const awa = <T extends MonitoringCommand['type']>(day: string, type: T, data: CaseData[T], role = 'case_manager'): MonitoringCommand =>
  ({ type, data: { ...data, caseId: 'case-awa' }, metadata: { now: `${day}T12:00:00.000Z`, today: day, userId: 'cm-sn-1', role } }) as MonitoringCommand;

function play(commands: MonitoringCommand[]): MonitoringEvent[] {
  let state = initialMonitoringState();
  const history: MonitoringEvent[] = [];
  for (const command of commands) {
    const events = decideMonitoring(command, state);
    state = events.reduce(evolveMonitoring, state);
    history.push(...events);
  }
  return history;
}

const elements = [
  { elementId: 'e-grant', type: 'financial_allocation' as const },
  { elementId: 'e-training', type: 'vocational_training' as const },
];
const approved = (planVersion: number, approvedOn: string) => awa(approvedOn, 'NoteApprovedPlan', { planVersion, planCreatedOn: '2027-01-05', approvedOn, country: 'SN', elements, rules: HANDBOOK_SCHEDULE_RULES }, 'system');
const answers = (value: number) => Object.fromEntries(PROVISIONAL_RSS_TABLE.indicators.map((i) => [i.indicatorId, value]));
const survey = (surveyId: string, day: string, given: Record<string, number>) => awa(day, 'RecordRssSurvey', { surveyId, conductedOn: day, answers: given, table: PROVISIONAL_RSS_TABLE, dropThreshold: 0.1 }, 'me_officer');
const v2: RssTable = { ...PROVISIONAL_RSS_TABLE, version: 'rss-provisional-2' };

const produced = play([
  approved(1, '2027-01-10'),
  survey('s-0', '2027-01-10', answers(4)),
  awa('2027-01-25', 'RecordFollowUpMeeting', {
    meetingId: 'mt-1', followUpId: 'p1-m1', heldOn: '2027-01-25', mode: 'home_visit', attendees: ['returnee', 'family_member', 'case_manager'], attendeeNames: ['Awa Diallo', 'Khady Diallo'],
    notes: 'Sleeps badly since the return', feedback: 'Wants evening classes', elementStatuses: [{ elementId: 'e-training', status: 'in_progress' }],
    wModelPoints: [{ pointId: 'w-1', occurredOn: '2027-01-20', dimension: 'economic', direction: 'down', intensity: 4, whatHappened: 'The rent of the shop doubled' }],
  }),
  awa('2027-02-10', 'RaiseFollowUpOverdue', { followUpId: 'p1-m2' }, 'system'),
  awa('2027-02-10', 'MoveFollowUp', { followUpId: 'p1-m2', dueOn: '2027-02-15', reason: 'At her sister’s wedding in Thiès' }),
  awa('2027-02-10', 'AddFollowUp', { followUpId: 'cm-1', kind: 'meeting', dueOn: '2027-03-01', reason: 'Before her hospital appointment' }),
  awa('2027-02-15', 'RecordWModelPoint', { pointId: 'w-2', occurredOn: '2027-02-14', dimension: 'social', direction: 'up', intensity: 3, whatHappened: 'Joined the women’s savings group' }),
  survey('s-1', '2027-04-12', answers(2)),
  awa('2027-04-20', 'RecordFollowUpMeeting', { meetingId: 'mt-2', heldOn: '2027-04-20', mode: 'phone', attendees: ['returnee'], elementStatuses: [], radicalChangeReported: true, notes: 'Her husband left' }),
  approved(2, '2027-05-01'),
  awa('2027-05-02', 'RescoreSurveys', { table: v2 }, 'me_officer'),
  awa('2027-07-05', 'RaiseReportDue', { report: 'mid_term' }, 'system'),
  awa('2027-07-10', 'IssueReport', { report: 'mid_term', issuedOn: '2027-07-10' }),
  awa('2027-12-01', 'NotePlanEnded', { outcome: 'completed', endedOn: '2027-12-01' }, 'system'),
  awa('2028-01-15', 'CloseMonitoring', { reason: 'exit_strategy_completed', closedOn: '2028-01-15', handover: [{ organisation: 'District health centre', dimension: 'psychosocial' }], note: 'Shop runs without help' }),
  awa('2028-02-01', 'ReopenMonitoring', { reason: 'Her shop burnt down' }),
  awa('2028-03-01', 'NoteErasure', { erasedAt: '2028-03-01T08:00:00.000Z' }, 'system'),
]);

const catalogue = catalogueOf([monitoringContract]);
const refusals = (events: { type: string; data: object }[]) => catalogueRefusals(catalogue, events, 'SN');

describe('The event catalogue describes every event monitoring emits', () => {
  it('accepts every event a realistic scenario produces, as the service appends them', () => {
    expect(refusals(produced)).toEqual([]);
  });

  it('accepts every one of them without its personal part, as a consumer imports it', () => {
    expect(produced.some((e) => 'personal' in e.data)).toBe(true);
    expect(refusals(produced.map(withoutPersonal))).toEqual([]);
  });

  it('the scenario emits every monitoring event type, and the contract has a v1 schema for each and no other', () => {
    expect([...new Set(produced.map((e) => e.type))].sort()).toEqual([...MONITORING_EVENT_TYPES].sort());
    expect(monitoringContract.events.map((e) => e.type).sort()).toEqual([...MONITORING_EVENT_TYPES].sort());
    for (const definition of monitoringContract.events) expect(definition).toMatchObject({ context: 'monitoring', versions: { 1: expect.any(Object) } });
  });

  it('both plan reviews were recommended: a drop in the scores and a radical change', () => {
    expect(produced.filter((e) => e.type === 'monitoring.PlanReviewRecommended').map((e) => e.data.reason)).toEqual(['rss_drop', 'radical_change']);
  });

  it('puts nothing of the person outside personal: names, notes, feedback, what happened, reasons, answers', () => {
    const topic = JSON.stringify(produced.map(withoutPersonal));
    for (const words of ['Awa', 'Khady', 'Sleeps badly', 'evening classes', 'rent of the shop', 'wedding', 'hospital', 'savings group', 'husband', 'without help', 'burnt down', '"answers"', 'econ-income']) {
      expect(topic).not.toContain(words);
    }
  });

  it('seals what monitoring records under the personal key: the sensitive key is intake’s alone', () => {
    expect(produced.every((e) => catalogue.keyClassOf(e as unknown as { type: string; data: EventData }) === 'personal')).toBe(true);
  });
});

function altered(type: string, change: (data: Record<string, any>) => void, which = 0) {
  const event = produced.filter((e) => e.type === type)[which];
  if (!event) throw new Error(`the scenario produced no ${type}`);
  const data = structuredClone(event.data) as Record<string, any>;
  change(data);
  return { type, data };
}

describe('The event catalogue refuses what no published event may carry', () => {
  it.each([
    ['meeting notes outside personal', altered('monitoring.FollowUpMeetingRecorded', (d) => (d.notes = 'Sleeps badly'))],
    ['a name among the roles present', altered('monitoring.FollowUpMeetingRecorded', (d) => d.attendees.push('Awa Diallo'))],
    ['a meeting mode outside the list', altered('monitoring.FollowUpMeetingRecorded', (d) => (d.mode = 'video'))],
    ['an element status outside planning’s', altered('monitoring.FollowUpMeetingRecorded', (d) => (d.elementStatuses[0].status = 'stalled'))],
    ['what happened outside personal', altered('monitoring.WModelPointRecorded', (d) => (d.whatHappened = 'The rent doubled'))],
    ['a W-model intensity of 6', altered('monitoring.WModelPointRecorded', (d) => (d.intensity = 6))],
    ['a direction outside up and down', altered('monitoring.WModelPointRecorded', (d) => (d.direction = 'flat'))],
    ['a score above 1', altered('monitoring.RssSurveyRecorded', (d) => (d.scores.composite = 1.2))],
    ['a survey without its table version', altered('monitoring.RssSurveyRecorded', (d) => delete d.tableVersion)],
    ['answers outside personal', altered('monitoring.RssSurveyRecorded', (d) => (d.answers = d.personal.answers))],
    ['an answer that is not a whole number', altered('monitoring.RssSurveyRecorded', (d) => (d.personal.answers['econ-income'] = 2.5))],
    ['a re-scoring without the scores before', altered('monitoring.RssSurveyRescored', (d) => delete d.previous)],
    ['a drop review naming no drop', altered('monitoring.PlanReviewRecommended', (d) => (d.drops = []))],
    ['a drop review without the survey before', altered('monitoring.PlanReviewRecommended', (d) => delete d.previousSurveyId)],
    ['a radical-change review naming a survey', altered('monitoring.PlanReviewRecommended', (d) => (d.surveyId = 's-1'), 1)],
    ['a radical-change review without its meeting', altered('monitoring.PlanReviewRecommended', (d) => delete d.meetingId, 1)],
    ['a follow-up of a kind outside the list', altered('monitoring.FollowUpScheduled', (d) => (d.kind = 'phone_call'))],
    ['a case manager’s reason outside personal', altered('monitoring.FollowUpMoved', (d) => (d.reason = 'Wedding'))],
    ['a cancellation reason outside the list', altered('monitoring.FollowUpCancelled', (d) => (d.reason = 'forgot'))],
    ['a report outside mid-term and final', altered('monitoring.ReportDue', (d) => (d.report = 'annual'))],
    ['an approved plan outside a country', altered('monitoring.ApprovedPlanNoted', (d) => (d.country = 'Senegal'))],
    ['a closure reason outside the list', altered('monitoring.MonitoringClosed', (d) => (d.reason = 'moved_on'))],
    ['a handover naming a person', altered('monitoring.MonitoringClosed', (d) => (d.handover[0].contactPerson = 'Dr Sow'))],
    ['a reopening without its reason', altered('monitoring.MonitoringReopened', (d) => (d.personal = {}))],
  ])('refuses %s', (_what, event) => {
    const refused = refusals([event]);
    expect(refused).toHaveLength(1);
    // Refused by its schema, not because a schema failed to compile.
    expect(refused[0]).not.toMatch(/strict mode/);
  });
});
