import { MonitoringError } from '../monitoring.errors';

/**
 * A programme's follow-up defaults for a country, as versioned data: the command that starts
 * monitoring carries them, so the decider holds no programme's numbers. Meeting days count from the
 * approval of the plan version; after the last of them, meetings come every `thenEveryMonths` until
 * the follow-up period ends.
 */
export interface ScheduleRules {
  rulesId: string;
  rulesVersion: number;
  /** How long follow-up lasts after the first approval: ideally 12 to 18 months (handbook 2.3.3). */
  followUpMonths: number;
  /** Days after the approval on which the first meetings fall, increasing (e.g. 15, 30, 60, 90). */
  meetingOffsetsDays: number[];
  thenEveryMonths: number;
  /** A baseline survey when monitoring starts, then one every so many months (ideally three). */
  rssEveryMonths: number;
  /** The mid-term report, so many months after the plan was created (ideally six). */
  midTermReportMonths: number;
  /** The final report, so many months after the mid-term one (about twelve). */
  finalReportMonthsAfterMidTerm: number;
}

/** The handbook's ideal (2.3.3): twelve months of follow-up, closer at first, a survey every quarter, reports at 6 and 18 months. */
export const HANDBOOK_SCHEDULE_RULES: ScheduleRules = {
  rulesId: 'handbook-2.3.3',
  rulesVersion: 1,
  followUpMonths: 12,
  meetingOffsetsDays: [15, 30, 60, 90],
  thenEveryMonths: 3,
  rssEveryMonths: 3,
  midTermReportMonths: 6,
  finalReportMonthsAfterMidTerm: 12,
};

const whole = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;

/** Refuses rules a schedule cannot be made from, naming the field. */
export function checkScheduleRules(rules: ScheduleRules): void {
  const months: Array<[keyof ScheduleRules, number, number]> = [
    ['followUpMonths', 1, 36],
    ['thenEveryMonths', 1, 12],
    ['rssEveryMonths', 1, 12],
    ['midTermReportMonths', 1, 24],
    ['finalReportMonthsAfterMidTerm', 1, 24],
  ];
  for (const [field, min, max] of months) {
    if (!whole(rules[field] as number, min, max)) throw new MonitoringError('SCHEDULE_RULES_INVALID', `${field} must be a whole number from ${min} to ${max}`, `rules.${field}`);
  }
  const offsets = rules.meetingOffsetsDays;
  offsets.forEach((days, i) => {
    if (!whole(days, 1, 366) || (i > 0 && days <= offsets[i - 1])) throw new MonitoringError('SCHEDULE_RULES_INVALID', 'Meeting days are whole numbers from 1 to 366, each after the one before', `rules.meetingOffsetsDays.${i}`);
  });
}
