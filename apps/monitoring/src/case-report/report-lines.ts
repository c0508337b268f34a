import { PROVISIONAL_RSS_TABLE } from '@homeward/contracts/monitoring';
import type { MonitoringReportView } from './monitoring-report';
import { dayIn, fill, scoreIn, REPORT_TEXTS, type ReportLanguage } from './report-texts';

/** A line of a report: what HTML and PDF both write, so the two say the same words. */
export type ReportLine = { kind: 'title' | 'heading' | 'subheading' | 'body' | 'note'; text: string; indent?: number } | { kind: 'chart'; chart: 'wModel' | 'rss' };

/** The report, section by section, in one language. */
export function reportLines(view: MonitoringReportView, language: ReportLanguage): ReportLine[] {
  const t = REPORT_TEXTS[language];
  const day = (d: string) => dayIn(t, d);
  const lines: ReportLine[] = [];
  const add = (kind: Exclude<ReportLine['kind'], 'chart'>, text: string, indent = 0) => lines.push({ kind, text, ...(indent ? { indent } : {}) });

  add('title', t.title[view.report]);
  if (view.returnee === 'erased') add('subheading', t.returneeErased);
  else if (view.returnee) add('subheading', fill(t.returnee, { name: `${view.returnee.firstName} ${view.returnee.lastName}` }));
  add('body', fill(t.caseReference, { caseId: view.caseId }));
  if (view.country) add('body', fill(t.country, { country: view.country }));
  if (view.planCreatedOn) add('body', fill(t.planCreated, { date: day(view.planCreatedOn) }));
  if (view.followUpEndsOn) add('body', fill(t.followUpEnds, { date: day(view.followUpEndsOn) }));
  if (view.dueOn) add('body', fill(t.due, { date: day(view.dueOn) }));
  add('body', view.issuedOn ? fill(t.issued, { date: day(view.issuedOn) }) : fill(t.notIssued, { date: day(view.asOf) }));

  add('heading', t.sections.plan);
  for (const v of view.planVersions) {
    const days = [v.changedOn && fill(t.planVersionDays.changed, { date: day(v.changedOn) }), v.approvedOn && fill(t.planVersionDays.approved, { date: day(v.approvedOn) }), v.activatedOn && fill(t.planVersionDays.activated, { date: day(v.activatedOn) })].filter(Boolean);
    add('body', [fill(t.planVersion, { number: v.version }), ...days].join(', '));
  }
  if (view.planEnded) add('body', fill(t.planEnded, { date: day(view.planEnded.endedOn), outcome: t.planOutcomes[view.planEnded.outcome] }));

  add('heading', t.sections.elements);
  add('body', fill(t.elementsDelivered, { delivered: view.delivered, total: view.elements.length }));
  for (const e of view.elements) {
    const source = e.reportedOn ? fill(t.elementReported, { date: day(e.reportedOn) }) : t.elementFromPlan;
    add('body', `${fill(t.element, { type: t.elementTypes[e.type], status: t.elementStatuses[e.status] })} (${source})`, 12);
  }

  add('heading', t.sections.referrals);
  if (!view.referrals.length) add('body', t.noReferrals);
  for (const r of view.referrals) {
    const more = [r.deliveredOn && fill(t.referralDelivered, { date: day(r.deliveredOn) }), r.outcome && t.referralOutcomes[r.outcome]].filter(Boolean);
    add('body', [fill(t.referral, { service: t.elementTypes[r.serviceType], providerId: r.providerId, status: t.referralStatuses[r.status], date: day(r.requestedOn) }), ...more].join(', '), 12);
  }

  add('heading', t.sections.wModel);
  if (!view.wPoints.length) add('body', t.noPoints);
  else lines.push({ kind: 'chart', chart: 'wModel' });
  for (const p of view.wPoints) {
    const point = fill(t.wPoint, { date: day(p.occurredOn), dimension: t.dimensions[p.dimension], direction: t.wDirections[p.direction], intensity: p.intensity });
    add('body', fill(t.wPointWords, { point, words: p.whatHappened ?? t.wWordsErased }), 12);
  }

  add('heading', t.sections.rss);
  if (!view.surveys.length) add('body', t.noSurveys);
  else lines.push({ kind: 'chart', chart: 'rss' });
  for (const s of view.surveys) {
    const current = s.scorings[s.scorings.length - 1];
    const scores = Object.fromEntries(Object.entries(current.scores).map(([name, score]) => [name, scoreIn(language, score)]));
    const table = `${fill(t.rssTable, { version: current.tableVersion })}${current.provisional ? `, ${t.provisional}` : ''}`;
    add('body', `${fill(t.rssLine, { date: day(s.conductedOn), ...scores })} (${table})`, 12);
    for (const earlier of s.scorings.slice(0, -1)) add('note', fill(t.rssRescored, { version: earlier.tableVersion, composite: scoreIn(language, earlier.scores.composite) }), 24);
  }
  if (view.surveys.some((s) => s.scorings[s.scorings.length - 1].tableVersion === PROVISIONAL_RSS_TABLE.version)) add('note', PROVISIONAL_RSS_TABLE.notice[language]);

  add('heading', t.sections.meetings);
  if (!view.meetings.length) add('body', t.noMeetings);
  for (const m of view.meetings) {
    const parts = [fill(t.meeting, { date: day(m.heldOn), mode: t.meetingModes[m.mode], attendees: m.attendees.map((a) => t.attendeeRoles[a]).join(', ') }), fill(t.meetingElements, { count: m.elementsReported })];
    if (m.radicalChangeReported) parts.push(t.radicalChange);
    add('body', parts.join('; '), 12);
  }

  add('heading', t.sections.reviews);
  if (!view.reviews.length) add('body', t.noReviews);
  for (const r of view.reviews) add('body', fill(t.review, { date: day(r.recommendedOn), reason: t.reviewReasons[r.reason] }), 12);

  if (view.showClosure) {
    add('heading', t.sections.closure);
    if (view.closure) {
      add('body', fill(t.closed, { date: day(view.closure.closedOn), reason: t.closureReasons[view.closure.reason] }));
      for (const h of view.closure.handover) add('body', fill(t.handover, { organisation: h.organisation, dimension: t.dimensions[h.dimension] }), 12);
    } else add('body', view.reopenedOn ? fill(t.reopened, { date: day(view.reopenedOn) }) : t.notClosed);
  }
  add('note', t.confidentiality);
  return lines;
}
