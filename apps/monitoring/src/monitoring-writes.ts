// Monitoring's write side (issue 14: 1, 2, 3, 7): planning's plan followed, the schedule, meetings and the
// W-model, the RSS, closure, issuing a report, and the time-driven alerts with their lists. Kept apart from the case list and
// the case report so that the module only spreads these.
import type { Deadline, Projection, Reaction } from '@homeward/events';
import { AlertLists } from './alerts/alerts.query';
import { AlertsController } from './alerts/alerts.http.controller';
import { followUpsDueProjection } from './alerts/follow-ups-due.projection';
import { overdueFollowUpsProjection } from './alerts/overdue-follow-ups.projection';
import { raiseOverdueWhenFollowUpPasses, raiseReportDueWhenItsDayComes } from './alerts/raise-alerts.deadline';
import { reportsDueDeadlineProjection } from './alerts/reports-due-deadline.projection';
import { reportsDueProjection } from './alerts/reports-due.projection';
import { ClosureController } from './closure/closure.http.controller';
import { IssueReportController } from './issue-report/issue-report.http.controller';
import { MeetingsController } from './meetings/meetings.http.controller';
import { MonitoringCommands } from './monitoring-commands/monitoring-commands';
import { MonitoringReader } from './monitoring-commands/monitoring-stream';
import { noteErasureWhenReturneeErased } from './reactions/erasure-reactions';
import { followPlanWhenPlanningDecides } from './reactions/planning-reactions';
import { ReactionCommandResolver } from './reactions/reaction-command-resolver';
import { RssController } from './rss/rss.http.controller';
import { FollowUpsController } from './schedule/follow-ups.http.controller';
import { ScheduleController } from './schedule/schedule.http.controller';
import { MonitoringSettings } from './settings/monitoring-settings';

// The lists first: a fixed path is matched before one with a parameter.
export const monitoringWriteControllers = [AlertsController, ScheduleController, FollowUpsController, MeetingsController, RssController, ClosureController, IssueReportController];
export const monitoringWriteProviders = [MonitoringCommands, MonitoringReader, MonitoringSettings, ReactionCommandResolver, AlertLists];
export const monitoringWriteProjections = [followUpsDueProjection, reportsDueDeadlineProjection, overdueFollowUpsProjection, reportsDueProjection] as Projection[];
export const monitoringReactions = [followPlanWhenPlanningDecides, noteErasureWhenReturneeErased] as Reaction[];
export const monitoringDeadlines = [raiseOverdueWhenFollowUpPasses, raiseReportDueWhenItsDayComes] as Deadline[];
