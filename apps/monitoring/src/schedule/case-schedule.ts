import type { CaseMonitoring, FollowUp, MonitoredPlan } from '@homeward/domain';
import type { FollowUpKind, FollowUpSource, MonitoringReport, PlanOutcome } from '@homeward/contracts/monitoring';

export interface ScheduledFollowUp {
  followUpId: string;
  kind: FollowUpKind;
  dueOn: string;
  source: FollowUpSource;
  planVersion?: number;
  status: 'pending' | 'held' | 'cancelled';
  /** Raised overdue for the day it is on (and not held since). */
  overdue: boolean;
}

/** A case's schedule as a case manager or an M&E officer reads it: what is to come, what was held, the reports. No personal data. */
export interface CaseScheduleView {
  caseId: string;
  status: 'open' | 'closed';
  /** Set once intake erased the returnee: nothing more is recorded about her. */
  erasedAt?: string;
  plan: { version: number; createdOn: string; approvedOn: string; country: string; ended?: { outcome: PlanOutcome; endedOn: string } };
  followUpEndsOn?: string;
  meetings: ScheduledFollowUp[];
  rssSurveys: ScheduledFollowUp[];
  reports: Array<{ report: MonitoringReport; dueOn: string; issued: boolean; due: boolean }>;
}

const listed = ({ followUpId, kind, dueOn, source, planVersion, status, overdueFor }: FollowUp): ScheduledFollowUp => ({
  followUpId,
  kind,
  dueOn,
  source,
  ...(planVersion !== undefined ? { planVersion } : {}),
  status,
  overdue: status === 'pending' && overdueFor === dueOn,
});

const byDay = (a: ScheduledFollowUp, b: ScheduledFollowUp) => a.dueOn.localeCompare(b.dueOn) || a.followUpId.localeCompare(b.followUpId);

/** The schedule, from the case's monitoring as its stream folds. */
export function caseSchedule(caseId: string, state: CaseMonitoring & { plan: MonitoredPlan }): CaseScheduleView {
  const { version, createdOn, approvedOn, country, ended } = state.plan;
  const followUps = Object.values(state.followUps).map(listed).sort(byDay);
  return {
    caseId,
    status: state.status,
    ...(state.erasedAt ? { erasedAt: state.erasedAt } : {}),
    plan: { version, createdOn, approvedOn, country, ...(ended ? { ended } : {}) },
    ...(state.followUpEndsOn ? { followUpEndsOn: state.followUpEndsOn } : {}),
    meetings: followUps.filter((f) => f.kind === 'meeting'),
    rssSurveys: followUps.filter((f) => f.kind === 'rss_survey'),
    reports: (['mid_term', 'final'] as const).flatMap((report) => {
      const r = state.reports[report];
      return r ? [{ report, dueOn: r.dueOn, issued: r.issued, due: r.dueRaised && !r.issued }] : [];
    }),
  };
}
