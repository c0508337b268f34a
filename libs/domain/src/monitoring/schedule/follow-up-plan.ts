import type { FollowUpKind, MonitoringReport } from '@homeward/contracts/monitoring';
import { monthsAfter } from '../../shared/dates';
import { daysAfter } from './days';
import type { ScheduleRules } from './schedule-rules';

export interface PlannedFollowUp {
  followUpId: string;
  kind: FollowUpKind;
  dueOn: string;
}

/** The last day of follow-up: so many months after monitoring started. */
export const followUpEndOf = (startsOn: string, rules: ScheduleRules): string => monthsAfter(startsOn, rules.followUpMonths);

/**
 * The meetings the rules give a plan version approved on `approvedOn`, up to the end of follow-up:
 * on each offset day, then every `thenEveryMonths` after the last one. Ids name the version, so a
 * revision's meetings never take the ids of the ones it replaces.
 */
export function plannedMeetings(planVersion: number, approvedOn: string, endsOn: string, rules: ScheduleRules): PlannedFollowUp[] {
  const days = rules.meetingOffsetsDays.map((offset) => daysAfter(approvedOn, offset)).filter((day) => day <= endsOn);
  const from = days[days.length - 1] ?? approvedOn;
  for (let k = 1; monthsAfter(from, k * rules.thenEveryMonths) <= endsOn; k++) days.push(monthsAfter(from, k * rules.thenEveryMonths));
  return days.map((dueOn, i) => ({ followUpId: `p${planVersion}-m${i + 1}`, kind: 'meeting', dueOn }));
}

/** The surveys: a baseline when monitoring starts (unless one was already taken), then every `rssEveryMonths` to the end. */
export function plannedSurveys(startsOn: string, endsOn: string, rules: ScheduleRules, baselineTaken: boolean): PlannedFollowUp[] {
  const surveys: PlannedFollowUp[] = [];
  for (let k = baselineTaken ? 1 : 0; monthsAfter(startsOn, k * rules.rssEveryMonths) <= endsOn; k++) {
    surveys.push({ followUpId: `rss-${k}`, kind: 'rss_survey', dueOn: monthsAfter(startsOn, k * rules.rssEveryMonths) });
  }
  return surveys;
}

/** The two reports (handbook 2.3.3): mid-term six months after the plan was created, final about twelve after that. */
export function plannedReports(planCreatedOn: string, rules: ScheduleRules): Record<MonitoringReport, string> {
  const midTerm = monthsAfter(planCreatedOn, rules.midTermReportMonths);
  return { mid_term: midTerm, final: monthsAfter(midTerm, rules.finalReportMonthsAfterMidTerm) };
}
