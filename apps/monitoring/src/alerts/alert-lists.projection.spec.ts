import type { MonitoringEvent } from '@homeward/contracts/monitoring';
import { applyEvent, type Projection, type RecordedEvent } from '@homeward/events';
import { NEVER } from './alert-moments';
import { followUpsDueProjection } from './follow-ups-due.projection';
import { overdueFollowUpsProjection } from './overdue-follow-ups.projection';
import { reportsDueDeadlineProjection } from './reports-due-deadline.projection';
import { reportsDueProjection } from './reports-due.projection';

let position = 0;
const recorded = (event: MonitoringEvent): RecordedEvent => ({ ...event, eventId: `ev-${++position}`, correlationId: 'corr', country: 'SN' }) as unknown as RecordedEvent;

/** The documents a projection holds after these events, by id. */
function fold<D extends object>(projection: Projection<D>, events: MonitoringEvent[]): Record<string, D> {
  const docs: Record<string, D> = {};
  for (const event of events.map(recorded)) {
    const id = projection.documentId(event as never);
    if (!id) continue;
    const next = applyEvent(projection, docs[id] ?? null, event);
    if (next) docs[id] = next;
    else delete docs[id];
  }
  return docs;
}

const C = 'c-1';
const scheduled = (followUpId: string, dueOn: string): MonitoringEvent => ({ type: 'monitoring.FollowUpScheduled', data: { caseId: C, followUpId, kind: 'meeting', dueOn, source: 'plan', planVersion: 1, scheduledAt: 'x' } });
const report = (r: 'mid_term' | 'final', dueOn: string): MonitoringEvent => ({ type: 'monitoring.ReportScheduled', data: { caseId: C, report: r, dueOn, scheduledAt: 'x' } });
const closed: MonitoringEvent = { type: 'monitoring.MonitoringClosed', data: { caseId: C, reason: 'contact_lost', closedOn: '2027-03-01', handover: [], closedAt: 'x' } };
const reopened: MonitoringEvent = { type: 'monitoring.MonitoringReopened', data: { caseId: C, reopenedAt: 'x', personal: { reason: 'back' } } };

describe('The overdue deadline’s to-do list', () => {
  it('lists a follow-up from noon UTC the day after its day, and lists it anew when moved, under the move', () => {
    expect(fold(followUpsDueProjection, [scheduled('p1-m1', '2027-01-25')])[`${C}:p1-m1`]).toMatchObject({ dueAt: '2027-01-26T12:00:00.000Z', dueOn: '2027-01-25', setBy: { type: 'monitoring.FollowUpScheduled' } });
    const moved: MonitoringEvent = { type: 'monitoring.FollowUpMoved', data: { caseId: C, followUpId: 'p1-m1', previousDueOn: '2027-01-25', dueOn: '2027-02-03', movedAt: 'x', personal: { reason: 'r' } } };
    expect(fold(followUpsDueProjection, [scheduled('p1-m1', '2027-01-25'), moved])[`${C}:p1-m1`]).toMatchObject({ dueAt: '2027-02-04T12:00:00.000Z', setBy: { type: 'monitoring.FollowUpMoved' } });
  });

  it('takes it off once held, cancelled or raised for its day; an alert for an older day leaves the moved one', () => {
    const held: MonitoringEvent = { type: 'monitoring.FollowUpMeetingRecorded', data: { caseId: C, meetingId: 'm', followUpId: 'p1-m1', heldOn: '2027-01-25', mode: 'phone', attendees: ['returnee'], elementStatuses: [], radicalChangeReported: false, recordedAt: 'x' } };
    const cancelled: MonitoringEvent = { type: 'monitoring.FollowUpCancelled', data: { caseId: C, followUpId: 'p1-m1', reason: 'monitoring_closed', cancelledAt: 'x' } };
    const overdue = (dueOn: string): MonitoringEvent => ({ type: 'monitoring.FollowUpOverdue', data: { caseId: C, followUpId: 'p1-m1', kind: 'meeting', dueOn, raisedAt: 'x' } });
    for (const ending of [held, cancelled, overdue('2027-01-25')]) expect(fold(followUpsDueProjection, [scheduled('p1-m1', '2027-01-25'), ending])).toEqual({});
    expect(Object.keys(fold(followUpsDueProjection, [scheduled('p1-m1', '2027-01-30'), overdue('2027-01-25')]))).toEqual([`${C}:p1-m1`]);
  });
});

describe('The report-due deadline’s to-do list: one item per case', () => {
  it('holds the earliest report still to raise, at noon UTC on its day, then the next', () => {
    const events = [report('mid_term', '2027-07-05'), report('final', '2028-07-05')];
    expect(fold(reportsDueDeadlineProjection, events)[C]).toMatchObject({ report: 'mid_term', dueAt: '2027-07-05T12:00:00.000Z' });
    const raised: MonitoringEvent = { type: 'monitoring.ReportDue', data: { caseId: C, report: 'mid_term', dueOn: '2027-07-05', raisedAt: 'x' } };
    expect(fold(reportsDueDeadlineProjection, [...events, raised])[C]).toMatchObject({ report: 'final', dueAt: '2028-07-05T12:00:00.000Z' });
  });

  it('waits under NEVER while the case is closed, and fires anew, under the reopening, once it reopens', () => {
    const events = [report('mid_term', '2027-07-05'), report('final', '2028-07-05'), closed];
    expect(fold(reportsDueDeadlineProjection, events)[C]).toMatchObject({ dueAt: NEVER, closed: true });
    expect(fold(reportsDueDeadlineProjection, [...events, reopened])[C]).toMatchObject({ report: 'mid_term', dueAt: '2027-07-05T12:00:00.000Z', closed: false, setBy: { type: 'monitoring.MonitoringReopened' } });
  });
});

describe('The alert lists', () => {
  it('lists an overdue follow-up under the office holding the plan until it is held, moved or cancelled', () => {
    const overdue: MonitoringEvent = { type: 'monitoring.FollowUpOverdue', data: { caseId: C, followUpId: 'p1-m1', kind: 'meeting', dueOn: '2027-01-25', raisedAt: '2027-01-26T12:00:00.000Z' } };
    expect(fold(overdueFollowUpsProjection, [overdue])).toEqual({ [`${C}:p1-m1`]: { caseId: C, followUpId: 'p1-m1', kind: 'meeting', dueOn: '2027-01-25', country: 'SN', raisedAt: '2027-01-26T12:00:00.000Z' } });
    const moved: MonitoringEvent = { type: 'monitoring.FollowUpMoved', data: { caseId: C, followUpId: 'p1-m1', previousDueOn: '2027-01-25', dueOn: '2027-02-03', movedAt: 'x', personal: { reason: 'r' } } };
    expect(fold(overdueFollowUpsProjection, [overdue, moved])).toEqual({});
  });

  it('lists a case’s reports due until issued; a closed case leaves the open list, and comes back when reopened', () => {
    const due: MonitoringEvent = { type: 'monitoring.ReportDue', data: { caseId: C, report: 'mid_term', dueOn: '2027-07-05', raisedAt: 'x' } };
    expect(fold(reportsDueProjection, [due])[C]).toMatchObject({ status: 'open', firstDueOn: '2027-07-05', reports: [{ report: 'mid_term' }] });
    expect(fold(reportsDueProjection, [due, closed])[C]).toMatchObject({ status: 'closed' });
    expect(fold(reportsDueProjection, [due, closed, reopened])[C]).toMatchObject({ status: 'open' });
    expect(fold(reportsDueProjection, [due, { type: 'monitoring.ReportIssued', data: { caseId: C, report: 'mid_term', issuedOn: '2027-07-06', issuedAt: 'x' } }])).toEqual({});
  });
});
