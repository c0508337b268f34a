import type { Page } from '@homeward/platform';
import type { RssTable } from '@homeward/contracts/monitoring';
import type { CaseListItem } from '../case-list/case-list.projection';
import type { OverdueFollowUp } from '../alerts/overdue-follow-ups.projection';
import type { CaseReportsDue } from '../alerts/reports-due.projection';
import type { MonitoringCommandResult } from '../monitoring-commands/monitoring-commands';
import type { ScoredSurvey } from '../rss/rss.http.controller';
import type { RssTrendView } from '../rss/rss-trend';
import type { CaseScheduleView } from '../schedule/case-schedule';
import type { AggregateView, CaseloadRow, OverdueRow, PlanDeadlineRow, RssAveragesView, TimeToPlanRow, UnmetNeedsView } from '../me-aggregates/me-aggregates.views';

/*
 * The body of each successful answer of monitoring, under the name its OpenAPI schema has: the types
 * the controllers return, turned into JSON Schema by `npm run openapi:responses` (response-schemas.json,
 * checked to be up to date by tools/openapi/response-schemas.spec). Add the type here when an answer changes shape.
 */
export type CaseListPage = Page<CaseListItem>;
export type MonitoringWritten = MonitoringCommandResult;
export type FollowUpAdded = MonitoringCommandResult & { followUpId: string };
export type MeetingRecorded = MonitoringCommandResult & { meetingId: string };
export type WModelPointRecorded = MonitoringCommandResult & { pointId: string };
export type SurveyScored = ScoredSurvey;
export type RssTrend = RssTrendView;
export type RssTableAnswer = RssTable;
export type CaseSchedule = CaseScheduleView;
export type OverdueFollowUpPage = Page<OverdueFollowUp>;
export type ReportsDuePage = Page<CaseReportsDue>;
export type CaseloadAggregate = AggregateView<CaseloadRow>;
export type OverdueFollowUpsAggregate = AggregateView<OverdueRow>;
export type RssAveragesAggregate = RssAveragesView;
export type PlanDeadlineAggregate = AggregateView<PlanDeadlineRow>;
export type TimeToPlanAggregate = AggregateView<TimeToPlanRow>;
export type UnmetNeedsAggregate = UnmetNeedsView;
