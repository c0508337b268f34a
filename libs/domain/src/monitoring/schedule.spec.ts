import type { MonitoringEvent } from '@homeward/contracts/monitoring';
import { afterCommands, answers, APPROVED_ON, approval, CASE_ID, command, given, meeting, monitored, NOW, on, stateOf, survey, SYSTEM } from './testing/monitoring-fixtures';
import { HANDBOOK_SCHEDULE_RULES } from './schedule/schedule-rules';

const scheduled = (id: string, kind: 'meeting' | 'rss_survey', dueOn: string, planVersion = 1, scheduledAt = NOW): MonitoringEvent => ({
  type: 'monitoring.FollowUpScheduled',
  data: { caseId: CASE_ID, followUpId: id, kind, dueOn, source: 'plan', planVersion, scheduledAt },
});

describe('When planning approves a plan, monitoring schedules its follow-up (handbook 2.3.3)', () => {
  it('meetings at 15, 30, 60 and 90 days then quarterly for twelve months, a survey at baseline then every three months, the mid-term report six months after the plan was created and the final one twelve months after that', () => {
    given([]).when(approval()).then([
      {
        type: 'monitoring.ApprovedPlanNoted',
        data: {
          caseId: CASE_ID, planVersion: 1, planCreatedOn: '2027-01-05', approvedOn: APPROVED_ON, country: 'SN',
          elements: [{ elementId: 'e-grant', type: 'financial_allocation' }, { elementId: 'e-training', type: 'vocational_training' }, { elementId: 'e-counselling', type: 'psychosocial' }],
          rules: { rulesId: 'handbook-2.3.3', rulesVersion: 1 }, followUpEndsOn: '2028-01-10', notedAt: NOW,
        },
      },
      scheduled('rss-0', 'rss_survey', '2027-01-10'),
      scheduled('p1-m1', 'meeting', '2027-01-25'),
      scheduled('p1-m2', 'meeting', '2027-02-09'),
      scheduled('p1-m3', 'meeting', '2027-03-11'),
      scheduled('p1-m4', 'meeting', '2027-04-10'),
      scheduled('rss-1', 'rss_survey', '2027-04-10'),
      scheduled('p1-m5', 'meeting', '2027-07-10'),
      scheduled('rss-2', 'rss_survey', '2027-07-10'),
      scheduled('p1-m6', 'meeting', '2027-10-10'),
      scheduled('rss-3', 'rss_survey', '2027-10-10'),
      scheduled('p1-m7', 'meeting', '2028-01-10'),
      scheduled('rss-4', 'rss_survey', '2028-01-10'),
      { type: 'monitoring.ReportScheduled', data: { caseId: CASE_ID, report: 'mid_term', dueOn: '2027-07-05', scheduledAt: NOW } },
      { type: 'monitoring.ReportScheduled', data: { caseId: CASE_ID, report: 'final', dueOn: '2028-07-05', scheduledAt: NOW } },
    ]);
  });

  it('follows the rules of the programme, not the decider: eighteen months, monthly meetings, surveys every six months', () => {
    const rules = { ...HANDBOOK_SCHEDULE_RULES, rulesId: 'sn-erin', rulesVersion: 3, followUpMonths: 18, meetingOffsetsDays: [], thenEveryMonths: 1, rssEveryMonths: 6 };
    const events = given([]).when(approval(1, APPROVED_ON, { rules })).events();
    const due = (kind: string) => events.filter((e) => e.type === 'monitoring.FollowUpScheduled' && e.data.kind === kind).map((e) => (e.data as { dueOn: string }).dueOn);
    expect(due('meeting')).toHaveLength(18);
    expect(due('meeting').slice(0, 2)).toEqual(['2027-02-10', '2027-03-10']);
    expect(due('rss_survey')).toEqual(['2027-01-10', '2027-07-10', '2028-01-10', '2028-07-10']);
    expect(events[0]).toMatchObject({ data: { rules: { rulesId: 'sn-erin', rulesVersion: 3 }, followUpEndsOn: '2028-07-10' } });
  });

  it('refuses rules a schedule cannot be made from, naming the field', () => {
    given([]).when(approval(1, APPROVED_ON, { rules: { ...HANDBOOK_SCHEDULE_RULES, followUpMonths: 0 } })).thenThrows('SCHEDULE_RULES_INVALID', { field: 'rules.followUpMonths' });
    given([]).when(approval(1, APPROVED_ON, { rules: { ...HANDBOOK_SCHEDULE_RULES, meetingOffsetsDays: [30, 15] } })).thenThrows('SCHEDULE_RULES_INVALID', { field: 'rules.meetingOffsetsDays.1' });
  });

  it('takes a survey recorded before the plan as the baseline', () => {
    const before = afterCommands([], survey('s-0', '2027-01-04', answers()));
    const events = given(before).when(approval()).events();
    const surveys = events.flatMap((e) => (e.type === 'monitoring.FollowUpScheduled' && e.data.kind === 'rss_survey' ? [e.data.followUpId] : []));
    expect(surveys).toEqual(['rss-1', 'rss-2', 'rss-3', 'rss-4']);
  });

  it('the same approval again (a redelivery), or an older version, changes nothing', () => {
    given(monitored()).when(approval()).thenNothing();
    given(afterCommands(monitored(), approval(2, '2027-03-01'))).when(approval(1)).thenNothing();
  });

  it('a revision reschedules the meetings the plan set that have not happened, from its own approval to the same end; surveys, reports and added meetings stay', () => {
    const history = afterCommands(
      monitored(),
      command('RecordFollowUpMeeting', { meetingId: 'mt-1', followUpId: 'p1-m1', heldOn: '2027-01-25', mode: 'home_visit', attendees: ['returnee'], elementStatuses: [] }, on('2027-01-25')),
      command('AddFollowUp', { followUpId: 'cm-1', kind: 'meeting', dueOn: '2027-05-01', reason: 'Her shop opens' }, on('2027-03-01')),
    );
    const events = given(history).when(approval(2, '2027-11-01')).events();
    expect(events[0]).toMatchObject({ type: 'monitoring.ApprovedPlanNoted', data: { planVersion: 2, followUpEndsOn: '2028-01-10' } });
    expect(events.filter((e) => e.type === 'monitoring.FollowUpCancelled').map((e) => e.data)).toEqual(
      ['p1-m2', 'p1-m3', 'p1-m4', 'p1-m5', 'p1-m6', 'p1-m7'].map((followUpId) => ({ caseId: CASE_ID, followUpId, reason: 'plan_revised', cancelledAt: '2027-11-01T12:00:00.000Z' })),
    );
    expect(events.filter((e) => e.type === 'monitoring.FollowUpScheduled').map((e) => [e.data.followUpId, (e.data as { dueOn: string }).dueOn])).toEqual([
      ['p2-m1', '2027-11-16'],
      ['p2-m2', '2027-12-01'],
      ['p2-m3', '2027-12-31'],
    ]);
  });
});

describe('A plan that ends takes what is still to come off the schedule', () => {
  const held = () => afterCommands(monitored(), meeting('mt-1', '2027-01-25', { followUpId: 'p1-m1' }), survey('s-0', '2027-01-10', answers(), { followUpId: 'rss-0' }));

  it('cancels every follow-up not held, and keeps the reports due', () => {
    const events = given(held()).when(command('NotePlanEnded', { outcome: 'closed', endedOn: '2027-02-01' }, on('2027-02-01', SYSTEM))).events();
    expect(events[0]).toEqual({ type: 'monitoring.PlanEndNoted', data: { caseId: CASE_ID, outcome: 'closed', endedOn: '2027-02-01', notedAt: '2027-02-01T12:00:00.000Z' } });
    const cancelled = events.slice(1).map((e) => (e.type === 'monitoring.FollowUpCancelled' ? e.data.followUpId : e.type));
    expect(cancelled).toHaveLength(10);
    expect(cancelled).not.toContain('p1-m1');
    expect(cancelled).not.toContain('rss-0');
    expect(events.slice(1).every((e) => e.type === 'monitoring.FollowUpCancelled' && e.data.reason === 'plan_ended')).toBe(true);
    expect(stateOf([...held(), ...events]).reports.mid_term).toMatchObject({ issued: false });
  });

  it('is noted once', () => {
    const ended = afterCommands(held(), command('NotePlanEnded', { outcome: 'completed', endedOn: '2027-02-01' }, on('2027-02-01', SYSTEM)));
    given(ended).when(command('NotePlanEnded', { outcome: 'completed', endedOn: '2027-02-01' }, on('2027-02-02', SYSTEM))).thenNothing();
  });
});
