import { isErasedPart } from '@homeward/events/catalogue';
import type { MonitoringEvent } from '@homeward/contracts/monitoring';
import type { CaseReportDocument, ReportedElement, ReportedPlanVersion } from './case-report.document';

export const MONITORING_FACTS = [
  'monitoring.ApprovedPlanNoted',
  'monitoring.PlanEndNoted',
  'monitoring.ReportScheduled',
  'monitoring.ReportIssued',
  'monitoring.FollowUpMeetingRecorded',
  'monitoring.WModelPointRecorded',
  'monitoring.RssSurveyRecorded',
  'monitoring.RssSurveyRescored',
  'monitoring.PlanReviewRecommended',
  'monitoring.MonitoringClosed',
  'monitoring.MonitoringReopened',
] as const;
export type MonitoringFact = Extract<MonitoringEvent, { type: (typeof MONITORING_FACTS)[number] }>;

/** What the case's own monitoring history adds to its report. Fields are picked one by one: nothing new reaches a report unreviewed. */
export function evolveMonitoringFact(doc: CaseReportDocument, fact: MonitoringFact): CaseReportDocument {
  switch (fact.type) {
    case 'monitoring.ApprovedPlanNoted': {
      const { planVersion, planCreatedOn, approvedOn, country, elements, followUpEndsOn } = fact.data;
      const known = doc.planVersions.find((v) => v.version === planVersion);
      // Planning's own event may not have arrived (or may never: a topic can lag); the note alone is enough to report the version.
      const version: ReportedPlanVersion = known ? { ...known, approvedOn } : { version: planVersion, approvedOn, elements: elements.map((e) => ({ ...e, status: 'planned' })) };
      return { ...withVersion(doc, version), country, planCreatedOn, followUpEndsOn, elements: elementsOf(doc.elements, version) };
    }
    case 'monitoring.PlanEndNoted':
      return { ...doc, planEnded: { outcome: fact.data.outcome, endedOn: fact.data.endedOn } };
    case 'monitoring.ReportScheduled':
      return { ...doc, reports: { ...doc.reports, [fact.data.report]: { dueOn: fact.data.dueOn } } };
    case 'monitoring.ReportIssued': {
      const scheduled = doc.reports[fact.data.report];
      return scheduled ? { ...doc, reports: { ...doc.reports, [fact.data.report]: { ...scheduled, issuedOn: fact.data.issuedOn } } } : doc;
    }
    case 'monitoring.FollowUpMeetingRecorded': {
      const { meetingId, heldOn, mode, attendees, elementStatuses, radicalChangeReported } = fact.data;
      if (doc.meetings.some((m) => m.meetingId === meetingId)) return doc;
      const statusOf = new Map(elementStatuses.map((s) => [s.elementId, s.status]));
      // A meeting held earlier than the one that last reported an element does not undo what the later one said.
      const elements = doc.elements.map((e) => (statusOf.has(e.elementId) && (!e.reportedOn || e.reportedOn <= heldOn) ? { ...e, status: statusOf.get(e.elementId)!, reportedOn: heldOn } : e));
      const meetings = [...doc.meetings, { meetingId, heldOn, mode, attendees, elementsReported: elementStatuses.length, radicalChangeReported }].sort((a, b) => a.heldOn.localeCompare(b.heldOn));
      return { ...doc, elements, meetings };
    }
    case 'monitoring.WModelPointRecorded': {
      const { pointId, occurredOn, dimension, direction, intensity, personal } = fact.data;
      if (doc.wPoints.some((p) => p.pointId === pointId)) return doc;
      const words = isErasedPart(personal) || doc.erasedAt ? undefined : personal?.whatHappened;
      const point = { pointId, occurredOn, dimension, direction, intensity, ...(words ? { whatHappened: words } : {}) };
      return { ...doc, wPoints: [...doc.wPoints, point].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn)) };
    }
    case 'monitoring.RssSurveyRecorded': {
      const { surveyId, conductedOn, tableVersion, provisional, scores } = fact.data;
      if (doc.surveys.some((s) => s.surveyId === surveyId)) return doc;
      const surveys = [...doc.surveys, { surveyId, conductedOn, scorings: [{ tableVersion, provisional, scores }] }].sort((a, b) => a.conductedOn.localeCompare(b.conductedOn));
      return { ...doc, surveys };
    }
    case 'monitoring.RssSurveyRescored': {
      const { surveyId, tableVersion, provisional, scores } = fact.data;
      const surveys = doc.surveys.map((s) => (s.surveyId === surveyId && !s.scorings.some((r) => r.tableVersion === tableVersion) ? { ...s, scorings: [...s.scorings, { tableVersion, provisional, scores }] } : s));
      return { ...doc, surveys };
    }
    case 'monitoring.PlanReviewRecommended':
      return { ...doc, reviews: [...doc.reviews, { recommendedOn: fact.data.recommendedAt.slice(0, 10), reason: fact.data.reason }] };
    case 'monitoring.MonitoringClosed': {
      const { reason, closedOn, handover } = fact.data;
      const { reopenedOn: _reopened, ...rest } = doc;
      return { ...rest, closure: { reason, closedOn, handover: handover.map((h) => ({ organisation: h.organisation, dimension: h.dimension })) } };
    }
    case 'monitoring.MonitoringReopened': {
      const { closure: _closed, ...rest } = doc;
      return { ...rest, reopenedOn: fact.data.reopenedAt.slice(0, 10) };
    }
  }
}

export function withVersion(doc: CaseReportDocument, version: ReportedPlanVersion): CaseReportDocument {
  const others = doc.planVersions.filter((v) => v.version !== version.version);
  return { ...doc, planVersions: [...others, version].sort((a, b) => a.version - b.version) };
}

/**
 * The elements of the version now followed: each keeps the status a meeting last reported for it
 * (the plan's own status only where no meeting spoke of it yet); an element the version dropped is gone.
 */
export function elementsOf(current: ReportedElement[], version: ReportedPlanVersion): ReportedElement[] {
  const before = new Map(current.map((e) => [e.elementId, e]));
  return version.elements.map((e) => {
    const known = before.get(e.elementId);
    return known?.reportedOn ? { ...known, type: e.type, planVersion: version.version } : { elementId: e.elementId, type: e.type, status: e.status, planVersion: version.version };
  });
}
