import type { FollowUpKind, FollowUpSource, MonitoringEvent, MonitoringReport, PlanOutcome, RssScores } from '@homeward/contracts/monitoring';
import { isErasedPart, type PlanElementType } from '@homeward/contracts/planning';
import { definedFields as defined } from '../shared/defined-fields';
import { exhaustive } from '../shared/exhaustive';

export interface FollowUp {
  followUpId: string;
  kind: FollowUpKind;
  dueOn: string;
  source: FollowUpSource;
  planVersion?: number;
  status: 'pending' | 'held' | 'cancelled';
  /** The due day it was last raised overdue for: a scheduler's repeat changes nothing, a move raises anew. */
  overdueFor?: string;
}

export interface Survey {
  surveyId: string;
  conductedOn: string;
  /** The table version whose scores are current. */
  tableVersion: string;
  scores: Record<string, RssScores>;
  /** Absent once the returnee is erased: her answers went with her keys. */
  answers?: Record<string, number>;
}

export interface ReportOnSchedule {
  dueOn: string;
  issued: boolean;
  dueRaised: boolean;
}

export interface MonitoredPlan {
  version: number;
  createdOn: string;
  approvedOn: string;
  country: string;
  elements: Record<string, PlanElementType>;
  ended?: { outcome: PlanOutcome; endedOn: string };
}

/** The monitoring of one case: the plan it follows, its schedule, what was recorded, and whether it is closed. */
export interface CaseMonitoring {
  status: 'open' | 'closed';
  plan?: MonitoredPlan;
  followUpEndsOn?: string;
  followUps: Record<string, FollowUp>;
  reports: Partial<Record<MonitoringReport, ReportOnSchedule>>;
  /** In the order they were recorded. */
  surveys: Survey[];
  meetingIds: string[];
  pointIds: string[];
  /** Set once intake erased the returnee: nothing more is recorded about her. */
  erasedAt?: string;
}

export const initialMonitoringState = (): CaseMonitoring => ({ status: 'open', followUps: {}, reports: {}, surveys: [], meetingIds: [], pointIds: [] });

export function evolveMonitoring(state: CaseMonitoring, event: MonitoringEvent): CaseMonitoring {
  switch (event.type) {
    case 'monitoring.ApprovedPlanNoted': {
      const { planVersion, planCreatedOn, approvedOn, country, elements, followUpEndsOn } = event.data;
      const plan: MonitoredPlan = { version: planVersion, createdOn: planCreatedOn, approvedOn, country, elements: Object.fromEntries(elements.map((e) => [e.elementId, e.type])) };
      return { ...state, plan, followUpEndsOn };
    }
    case 'monitoring.PlanEndNoted':
      return state.plan ? { ...state, plan: { ...state.plan, ended: { outcome: event.data.outcome, endedOn: event.data.endedOn } } } : state;
    case 'monitoring.FollowUpScheduled': {
      const { followUpId, kind, dueOn, source, planVersion } = event.data;
      return withFollowUp(state, { followUpId, kind, dueOn, source, status: 'pending', ...defined({ planVersion }) });
    }
    case 'monitoring.FollowUpMoved':
      return change(state, event.data.followUpId, (f) => ({ ...f, dueOn: event.data.dueOn }));
    case 'monitoring.FollowUpCancelled':
      return change(state, event.data.followUpId, (f) => ({ ...f, status: 'cancelled' }));
    case 'monitoring.ReportScheduled':
      return { ...state, reports: { ...state.reports, [event.data.report]: { dueOn: event.data.dueOn, issued: false, dueRaised: false } } };
    case 'monitoring.ReportIssued':
      return withReport(state, event.data.report, (r) => ({ ...r, issued: true }));
    case 'monitoring.FollowUpMeetingRecorded': {
      const held = event.data.followUpId ? change(state, event.data.followUpId, (f) => ({ ...f, status: 'held' })) : state;
      return { ...held, meetingIds: [...held.meetingIds, event.data.meetingId] };
    }
    case 'monitoring.WModelPointRecorded':
      return { ...state, pointIds: [...state.pointIds, event.data.pointId] };
    case 'monitoring.RssSurveyRecorded': {
      const { surveyId, followUpId, conductedOn, tableVersion, scores, personal } = event.data;
      const held = followUpId ? change(state, followUpId, (f) => ({ ...f, status: 'held' })) : state;
      const answers = isErasedPart(personal) ? undefined : personal?.answers;
      return { ...held, surveys: [...held.surveys, { surveyId, conductedOn, tableVersion, scores: { [tableVersion]: scores }, ...defined({ answers }) }] };
    }
    case 'monitoring.RssSurveyRescored': {
      const { surveyId, tableVersion, scores } = event.data;
      return { ...state, surveys: state.surveys.map((s) => (s.surveyId === surveyId ? { ...s, tableVersion, scores: { ...s.scores, [tableVersion]: scores } } : s)) };
    }
    case 'monitoring.PlanReviewRecommended':
      return state;
    case 'monitoring.FollowUpOverdue':
      return change(state, event.data.followUpId, (f) => ({ ...f, overdueFor: event.data.dueOn }));
    case 'monitoring.ReportDue':
      return withReport(state, event.data.report, (r) => ({ ...r, dueRaised: true }));
    case 'monitoring.MonitoringClosed':
      return { ...state, status: 'closed' };
    case 'monitoring.MonitoringReopened':
      return { ...state, status: 'open' };
    case 'monitoring.ReturneeErasureNoted':
      // Her answers went with her keys: surveys keep their scores and can no longer be re-scored.
      return { ...state, erasedAt: event.data.erasedAt, surveys: state.surveys.map(({ answers: _gone, ...survey }) => survey) };
    default:
      return exhaustive(event);
  }
}

const withFollowUp = (state: CaseMonitoring, followUp: FollowUp): CaseMonitoring => ({ ...state, followUps: { ...state.followUps, [followUp.followUpId]: followUp } });
function change(state: CaseMonitoring, followUpId: string, update: (f: FollowUp) => FollowUp): CaseMonitoring {
  const followUp = state.followUps[followUpId];
  return followUp ? withFollowUp(state, update(followUp)) : state;
}
function withReport(state: CaseMonitoring, report: MonitoringReport, update: (r: ReportOnSchedule) => ReportOnSchedule): CaseMonitoring {
  const scheduled = state.reports[report];
  return scheduled ? { ...state, reports: { ...state.reports, [report]: update(scheduled) } } : state;
}

export const pendingFollowUps = (state: CaseMonitoring): FollowUp[] => Object.values(state.followUps).filter((f) => f.status === 'pending');
