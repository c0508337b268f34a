import type { WModelPointInput } from './monitoring.commands';
import { afterCommands, CASE_ID, command, given, meeting, monitored } from './testing/monitoring-fixtures';

const DAY = '2027-01-25';
const AT = `${DAY}T12:00:00.000Z`;
const low: WModelPointInput = { pointId: 'w-1', occurredOn: '2027-01-20', dimension: 'economic', direction: 'down', intensity: 4, whatHappened: 'The shop’s rent doubled' };

describe('A follow-up meeting records how it was held, who took part, where the plan stands and her feedback (handbook 2.3.3)', () => {
  it('holds the scheduled meeting; notes, feedback and names are personal, roles and element statuses are not', () => {
    given(monitored())
      .when(meeting('mt-1', DAY, { followUpId: 'p1-m1', mode: 'home_visit', attendeeNames: ['Awa Diallo'], notes: 'Training going well', feedback: 'Wants evening classes', elementStatuses: [{ elementId: 'e-training', status: 'in_progress' }, { elementId: 'e-grant', status: 'delivered' }] }))
      .then([
        {
          type: 'monitoring.FollowUpMeetingRecorded',
          data: {
            caseId: CASE_ID, meetingId: 'mt-1', followUpId: 'p1-m1', heldOn: DAY, mode: 'home_visit', attendees: ['returnee', 'case_manager'],
            elementStatuses: [{ elementId: 'e-training', status: 'in_progress' }, { elementId: 'e-grant', status: 'delivered' }],
            radicalChangeReported: false, recordedAt: AT,
            personal: { notes: 'Training going well', feedback: 'Wants evening classes', attendeeNames: ['Awa Diallo'] },
          },
        },
      ]);
  });

  it('with the W-model points she told, each its own event naming the meeting', () => {
    given(monitored()).when(meeting('mt-1', DAY, { wModelPoints: [low] })).thenMatches([
      { type: 'monitoring.FollowUpMeetingRecorded' },
      { type: 'monitoring.WModelPointRecorded', data: { caseId: CASE_ID, pointId: 'w-1', meetingId: 'mt-1', occurredOn: '2027-01-20', dimension: 'economic', direction: 'down', intensity: 4, recordedAt: AT, personal: { whatHappened: 'The shop’s rent doubled' } } },
    ]);
  });

  it('a radical change in her situation prompts a plan review', () => {
    given(monitored()).when(meeting('mt-1', DAY, { radicalChangeReported: true })).thenMatches([
      { type: 'monitoring.FollowUpMeetingRecorded', data: { radicalChangeReported: true } },
      { type: 'monitoring.PlanReviewRecommended', data: { caseId: CASE_ID, reason: 'radical_change', meetingId: 'mt-1', recommendedAt: AT } },
    ]);
  });

  it('refuses a meeting recorded twice, a day to come, no one present, an element not in the plan or given twice, and a scheduled survey as a meeting', () => {
    given(afterCommands(monitored(), meeting('mt-1', DAY))).when(meeting('mt-1', DAY)).thenThrows('MEETING_ALREADY_RECORDED', { field: 'meetingId' });
    given(monitored()).when(command('RecordFollowUpMeeting', { meetingId: 'mt-1', heldOn: '2027-01-26', mode: 'phone', attendees: ['returnee'], elementStatuses: [] }, { now: AT })).thenThrows('FACT_IN_FUTURE', { field: 'heldOn' });
    given(monitored()).when(meeting('mt-1', DAY, { attendees: [] })).thenThrows('ATTENDEES_REQUIRED', { field: 'attendees' });
    given(monitored()).when(meeting('mt-1', DAY, { elementStatuses: [{ elementId: 'e-house', status: 'planned' }] })).thenThrows('ELEMENT_NOT_IN_PLAN', { field: 'elementStatuses.0.elementId' });
    given([]).when(meeting('mt-1', DAY)).thenThrows('ELEMENT_NOT_IN_PLAN');
    given(monitored()).when(meeting('mt-1', DAY, { elementStatuses: [{ elementId: 'e-grant', status: 'planned' }, { elementId: 'e-grant', status: 'delivered' }] })).thenThrows('ELEMENT_STATUS_REPEATED', { field: 'elementStatuses.1.elementId' });
    given(monitored()).when(meeting('mt-1', DAY, { followUpId: 'rss-1' })).thenThrows('FOLLOW_UP_KIND_MISMATCH', { field: 'followUpId' });
  });
});

describe('The W-model: the highs and lows of the return, with when, which dimension, which way and how strongly (handbook 2.3.3)', () => {
  const point = (over: Partial<WModelPointInput> = {}) => command('RecordWModelPoint', { ...low, ...over }, { now: AT });

  it('records a point told on its own', () => {
    given(monitored()).when(point({ direction: 'up', intensity: 5, dimension: 'social' })).then([
      { type: 'monitoring.WModelPointRecorded', data: { caseId: CASE_ID, pointId: 'w-1', occurredOn: '2027-01-20', dimension: 'social', direction: 'up', intensity: 5, recordedAt: AT, personal: { whatHappened: 'The shop’s rent doubled' } } },
    ]);
  });

  it('refuses an intensity outside 1 to 5, nothing said of what happened, a day to come and an id used before', () => {
    given(monitored()).when(point({ intensity: 6 })).thenThrows('W_INTENSITY_OUT_OF_RANGE', { field: 'intensity' });
    given(monitored()).when(point({ intensity: 2.5 })).thenThrows('W_INTENSITY_OUT_OF_RANGE');
    given(monitored()).when(point({ whatHappened: ' ' })).thenThrows('WHAT_HAPPENED_REQUIRED', { field: 'whatHappened' });
    given(monitored()).when(point({ occurredOn: '2027-02-01' })).thenThrows('FACT_IN_FUTURE', { field: 'occurredOn' });
    given(afterCommands(monitored(), point())).when(point()).thenThrows('POINT_ALREADY_RECORDED', { field: 'pointId' });
    given(monitored()).when(meeting('mt-1', DAY, { wModelPoints: [low, { ...low, intensity: 0 }] })).thenThrows('W_INTENSITY_OUT_OF_RANGE', { field: 'wModelPoints.1.intensity' });
  });
});
