import type { AttendeeRole, MeetingMode, MonitoringClosureReason, MonitoringReport, PlanOutcome, PlanReviewReason, RssScoreName } from '@homeward/contracts/monitoring';
import type { ClosureReason, Dimension, ElementStatus } from '@homeward/contracts/planning';
import type { ServiceType } from '@homeward/contracts/referrals';
import type { ReportedReferral, ReportedReferralStatus } from './case-report.document';
import en from './i18n/en.json';
import fr from './i18n/fr.json';

/** The languages a monitoring report is written in; a translation file each (i18n/<language>.json). */
export const REPORT_LANGUAGES = ['fr', 'en'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/** Every text of a report: a translation file missing one of them does not compile. */
export interface ReportTexts {
  title: Record<MonitoringReport, string>;
  returnee: string;
  returneeErased: string;
  caseReference: string;
  country: string;
  planCreated: string;
  followUpEnds: string;
  due: string;
  issued: string;
  notIssued: string;
  period: string;
  sections: { plan: string; elements: string; referrals: string; rss: string; wModel: string; meetings: string; reviews: string; closure: string };
  planVersion: string;
  planVersionDays: { changed: string; approved: string; activated: string };
  planEnded: string;
  planOutcomes: Record<PlanOutcome | ClosureReason, string>;
  element: string;
  elementReported: string;
  elementFromPlan: string;
  elementsDelivered: string;
  elementTypes: Record<ServiceType, string>;
  elementStatuses: Record<ElementStatus, string>;
  referral: string;
  referralDelivered: string;
  referralStatuses: Record<ReportedReferralStatus, string>;
  referralOutcomes: Record<NonNullable<ReportedReferral['outcome']>, string>;
  noReferrals: string;
  rssLine: string;
  rssTable: string;
  provisional: string;
  rssRescored: string;
  noSurveys: string;
  rssChartTitle: string;
  scoreNames: Record<RssScoreName, string>;
  dimensions: Record<Dimension, string>;
  wChartTitle: string;
  wAxisDate: string;
  wAxisValue: string;
  wLegend: string;
  wPoint: string;
  wPointWords: string;
  wDirections: { up: string; down: string };
  wWordsErased: string;
  noPoints: string;
  meeting: string;
  meetingModes: Record<MeetingMode, string>;
  attendeeRoles: Record<AttendeeRole, string>;
  meetingElements: string;
  radicalChange: string;
  noMeetings: string;
  review: string;
  reviewReasons: Record<PlanReviewReason, string>;
  noReviews: string;
  closed: string;
  closureReasons: Record<MonitoringClosureReason, string>;
  handover: string;
  dimensionOf: string;
  reopened: string;
  notClosed: string;
  confidentiality: string;
  page: string;
  monthNames: string[];
  dateFormat: string;
  chartDateFormat: string;
}

export const REPORT_TEXTS: Record<ReportLanguage, ReportTexts> = { en, fr };

/** A text with its `{name}` placeholders filled; one left without a value is a bug, so it throws. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    if (!(name in values)) throw new Error(`No value for {${name}} in "${text}"`);
    return String(values[name]);
  });
}

/** A calendar day (YYYY-MM-DD) as the reader reads it: "15 janvier 2027". */
export function dayIn(texts: ReportTexts, day: string): string {
  const [year, month, date] = day.slice(0, 10).split('-').map(Number);
  return fill(texts.dateFormat, { day: date, month: texts.monthNames[month - 1], year });
}

/** A score from 0 to 1 as the language writes decimals. */
export const scoreIn = (language: ReportLanguage, score: number): string => new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(score);
