import type { RecordedEvent } from '../../../libs/events/src/envelope';

/**
 * The events monitoring's M&E projections read, for a deployment of `cases` cases: ten per case, so
 * 100,000 cases make 1,000,000 events. Nine in ten plans are approved (5 to 60 days after arrival,
 * against a deadline a month after it), each approval followed by the two reports scheduled, four
 * quarterly RSS surveys, one follow-up raised overdue, and either the closure (three in ten) or an
 * unmet need; the tenth case waits for its plan, with a derogation and unmet needs. Arrivals over three
 * years, in fourteen countries of origin, Senegal the busiest (a fifth of the cases).
 */
export const ME_COUNTRIES = ['SN', 'GN', 'ML', 'CI', 'NG', 'GH', 'CM', 'GM', 'BF', 'NE', 'TG', 'BJ', 'MR', 'LR'] as const;
export const BUSIEST = 'SN';
export const EVENTS_PER_CASE = 10;

const DAY = 86_400_000;
const START = Date.parse('2025-01-01T00:00:00Z');
const day = (t: number) => new Date(t).toISOString().slice(0, 10);
const SERVICES = ['shelter', 'legal_aid', 'health_care', 'vocational_training'];

/** A deterministic stream of numbers in [0, 1): the same population every run. */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => ((s = (s * 1_103_515_245 + 12_345) >>> 0) / 2 ** 32);
}

/** The events of case `i`, as the runner hands them to projections, from global position `from` + 1. */
export function caseEvents(i: number, cases: number, from: number): RecordedEvent[] {
  const r = random(i + 7);
  const country = i % 5 === 0 ? BUSIEST : ME_COUNTRIES[1 + (i % (ME_COUNTRIES.length - 1))];
  const caseId = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  const arrival = START + Math.floor((i / cases) * 1095) * DAY;
  const dueOn = day(arrival + 30 * DAY);
  let position = from;
  const at = (type: string, data: object): RecordedEvent => ({
    eventId: `${caseId}-${++position}`,
    streamId: `monitoring-${caseId}`,
    streamVersion: position - from,
    globalPosition: position,
    type,
    schemaVersion: 1,
    occurredAt: new Date(arrival).toISOString(),
    recordedAt: new Date(arrival).toISOString(),
    actor: { userId: 'bench', role: 'system' },
    country,
    correlationId: 'bench',
    causationId: null,
    data: data as RecordedEvent['data'],
  });
  const events = [at('planning.PlanDue', { caseId, returneeId: `r-${i}`, country, arrivalDate: day(arrival), dueOn })];
  const need = (n: number) => at('referrals.UnmetNeedRecorded', { caseId, unmetNeedId: `u-${n}`, serviceType: SERVICES[(i + n) % SERVICES.length], country, source: 'plan_element', recordedOn: day(arrival + 20 * DAY), recordedAt: 'x' });
  if (i % 10 === 9) {
    events.push(at('planning.PlanDerogationGranted', { caseId, previousDueOn: dueOn, dueOn: day(arrival + 60 * DAY), approvedBy: 'sup', grantedAt: 'x' }));
    for (let n = 0; n < 4; n++) events.push(need(n));
    events.push(at('referrals.UnmetNeedMet', { caseId, unmetNeedId: 'u-0', metOn: day(arrival + 40 * DAY), recordedAt: 'x' }));
    events.push(at('referrals.UnmetNeedClosed', { caseId, unmetNeedId: 'u-1', reason: 'relocated', closedAt: 'x' }));
    for (let n = 4; events.length < EVENTS_PER_CASE; n++) events.push(need(n));
    return events;
  }
  const approved = arrival + Math.floor(5 + r() * 55) * DAY;
  events.push(at('planning.PlanApproved', { caseId, version: 1, approvedBy: 'sup', approvedAt: new Date(approved).toISOString() }));
  events.push(at('monitoring.ReportScheduled', { caseId, report: 'mid_term', dueOn: day(approved + 182 * DAY), scheduledAt: 'x' }));
  events.push(at('monitoring.ReportScheduled', { caseId, report: 'final', dueOn: day(approved + 547 * DAY), scheduledAt: 'x' }));
  for (let q = 0; q < 4; q++) {
    const score = () => Math.round(r() * 10_000) / 10_000;
    const scores = { economic: score(), social: score(), psychosocial: score(), composite: score() };
    events.push(at('monitoring.RssSurveyRecorded', { caseId, surveyId: `s-${q}`, conductedOn: day(approved + q * 91 * DAY), tableVersion: 'rss-provisional-1', provisional: true, scores, recordedAt: 'x' }));
  }
  events.push(at('monitoring.FollowUpOverdue', { caseId, followUpId: `p1-m${1 + (i % 3)}`, kind: i % 4 === 0 ? 'rss_survey' : 'meeting', dueOn: day(approved + 15 * DAY), raisedAt: 'x' }));
  events.push(i % 10 < 3 ? at('monitoring.MonitoringClosed', { caseId, reason: 'exit_strategy_completed', closedOn: day(approved + 400 * DAY), handover: [], closedAt: 'x' }) : need(0));
  return events;
}
