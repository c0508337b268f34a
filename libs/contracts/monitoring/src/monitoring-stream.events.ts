import type { AlertEvent } from './alert.events';
import type { ClosureEvent } from './closure.events';
import type { ErasureEvent } from './erasure.events';
import type { MeetingEvent } from './meeting.events';
import type { RssEvent } from './rss.events';
import type { ScheduleEvent } from './schedule.events';

/** Everything that can happen to the monitoring of one case, in its one stream (`monitoring-<caseId>`). */
export type MonitoringEvent = ScheduleEvent | MeetingEvent | RssEvent | AlertEvent | ClosureEvent | ErasureEvent;

/** Written as a record so that a new event in the union fails to compile until it is listed here. */
const EVERY_MONITORING_EVENT: Record<MonitoringEvent['type'], true> = {
  'monitoring.ApprovedPlanNoted': true,
  'monitoring.PlanEndNoted': true,
  'monitoring.FollowUpScheduled': true,
  'monitoring.FollowUpMoved': true,
  'monitoring.FollowUpCancelled': true,
  'monitoring.ReportScheduled': true,
  'monitoring.ReportIssued': true,
  'monitoring.FollowUpMeetingRecorded': true,
  'monitoring.WModelPointRecorded': true,
  'monitoring.RssSurveyRecorded': true,
  'monitoring.RssSurveyRescored': true,
  'monitoring.PlanReviewRecommended': true,
  'monitoring.FollowUpOverdue': true,
  'monitoring.ReportDue': true,
  'monitoring.MonitoringClosed': true,
  'monitoring.MonitoringReopened': true,
  'monitoring.ReturneeErasureNoted': true,
};

export const MONITORING_EVENT_TYPES = Object.keys(EVERY_MONITORING_EVENT) as Array<MonitoringEvent['type']>;
