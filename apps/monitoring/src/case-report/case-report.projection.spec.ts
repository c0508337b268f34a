import { project, only } from '@homeward/testing/intake';
import { ERASED_PART } from '@homeward/events/catalogue';
import { PROVISIONAL_RSS_TABLE } from '@homeward/contracts/monitoring';
import { caseReportProjection } from './case-report.projection';
import type { CaseReportDocument } from './case-report.document';
import { AWA_CASE, awaMonitoringEvents, awaPlanFacts, awaReferralFacts, awaYear, recorded } from './testing/awa-monitoring.scenario';

const reportOf = (events: ReturnType<typeof recorded>): CaseReportDocument => only(project(caseReportProjection, events), AWA_CASE);

describe("Monitoring's case report read model", () => {
  const year = reportOf(awaYear());

  it('follows the plan version monitoring noted, with the days planning told of it', () => {
    expect(year).toMatchObject({ caseId: AWA_CASE, country: 'SN', planCreatedOn: '2027-01-05', followUpEndsOn: '2028-01-10' });
    expect(year.planVersions).toEqual([
      { version: 1, changedOn: '2027-01-05', approvedOn: '2027-01-10', activatedOn: '2027-01-11', elements: expect.arrayContaining([{ elementId: 'e-grant', type: 'financial_allocation', status: 'planned' }]) },
    ]);
  });

  it("keeps each element's status as the latest meeting reported it, with that meeting's day", () => {
    expect(year.elements).toEqual([
      { elementId: 'e-grant', type: 'financial_allocation', status: 'delivered', reportedOn: '2027-03-10', planVersion: 1 },
      { elementId: 'e-training', type: 'vocational_training', status: 'delivered', reportedOn: '2027-05-20', planVersion: 1 },
      { elementId: 'e-counselling', type: 'psychosocial', status: 'in_progress', reportedOn: '2027-05-20', planVersion: 1 },
    ]);
  });

  it('does not let a meeting recorded late, but held earlier, undo a later status', () => {
    const late = { type: 'monitoring.FollowUpMeetingRecorded', data: { caseId: AWA_CASE, meetingId: 'm-late', heldOn: '2027-02-01', mode: 'phone', attendees: ['returnee'], elementStatuses: [{ elementId: 'e-training', status: 'planned' }], radicalChangeReported: false, recordedAt: '2027-06-01T09:00:00.000Z' } };
    const doc = reportOf([...awaYear(), ...recorded([late])]);
    expect(doc.elements.find((e) => e.elementId === 'e-training')).toMatchObject({ status: 'delivered', reportedOn: '2027-05-20' });
    expect(doc.meetings.map((m) => m.meetingId)).toEqual(['m-1', 'm-late', 'm-2', 'm-3']);
  });

  it('reports the elements of the version approved, whichever of planning or monitoring told it first', () => {
    const monitoringFirst = reportOf(recorded([...awaMonitoringEvents('2027-01-10'), ...awaPlanFacts()]));
    const planningFirst = reportOf(recorded([...awaPlanFacts(), ...awaMonitoringEvents('2027-01-10')]));
    expect(monitoringFirst.elements).toEqual(planningFirst.elements);
    expect(monitoringFirst.planVersions).toEqual(planningFirst.planVersions);
    expect(planningFirst.elements.map((e) => e.status)).toEqual(['planned', 'planned', 'planned']);
  });

  it('follows each referral from its request to its outcome, without any data it shared', () => {
    expect(year.referrals).toEqual([
      { referralId: 'r-training', serviceType: 'vocational_training', providerId: 'prov-tvet', elementId: 'e-training', status: 'followed_up', requestedOn: '2027-01-11', deliveredOn: '2027-05-15', outcome: 'need_met' },
      { referralId: 'r-counselling', serviceType: 'psychosocial', providerId: 'prov-jamm', status: 'declined', requestedOn: '2027-02-01' },
    ]);
  });

  it('keeps the RSS scores over time with the table version and its provisional mark, and a re-scoring beside the first', () => {
    expect(year.surveys.map((s) => [s.conductedOn, s.scorings.map((r) => [r.tableVersion, r.provisional, r.scores.composite])])).toEqual([
      ['2027-01-12', [['rss-provisional-1', true, 0.5]]],
      ['2027-04-12', [['rss-provisional-1', true, 0.3833]]],
      ['2027-07-12', [['rss-provisional-1', true, 0.6167]]],
    ]);
    const rescored = { type: 'monitoring.RssSurveyRescored', data: { caseId: AWA_CASE, surveyId: 's-q1', tableVersion: 'rss-2', provisional: false, scores: { economic: 0.4, social: 0.3, psychosocial: 0.4, composite: 0.37 }, previous: { tableVersion: PROVISIONAL_RSS_TABLE.version, scores: year.surveys[1].scorings[0].scores }, rescoredAt: '2027-09-01T09:00:00.000Z' } };
    const after = reportOf([...awaYear(), ...recorded([rescored, rescored])]);
    expect(after.surveys[1].scorings.map((r) => [r.tableVersion, r.provisional])).toEqual([
      ['rss-provisional-1', true],
      ['rss-2', false],
    ]);
  });

  it('keeps the W-model points in the order they happened, with what happened, and the plan review the drop prompted', () => {
    expect(year.wPoints.map((p) => [p.occurredOn, p.dimension, p.direction, p.intensity])).toEqual([
      ['2027-01-20', 'economic', 'up', 3],
      ['2027-02-15', 'social', 'down', 2],
      ['2027-03-20', 'economic', 'down', 4],
      ['2027-04-25', 'psychosocial', 'up', 2],
      ['2027-06-01', 'economic', 'up', 4],
      ['2027-08-20', 'social', 'up', 3],
    ]);
    expect(year.wPoints[2].whatHappened).toBe('The shop was flooded');
    expect(year.reviews).toEqual([{ recommendedOn: '2027-04-12', reason: 'rss_drop' }]);
  });

  it('holds the meetings, the reports on the schedule and the closure with its handover', () => {
    expect(year.meetings.map((m) => [m.heldOn, m.mode, m.elementsReported])).toEqual([
      ['2027-01-25', 'face_to_face', 1],
      ['2027-03-10', 'phone', 1],
      ['2027-05-20', 'home_visit', 2],
    ]);
    expect(year.reports).toEqual({ mid_term: { dueOn: '2027-07-05', issuedOn: '2027-07-13' }, final: { dueOn: '2028-07-05' } });
    expect(year.closure).toEqual({ reason: 'exit_strategy_completed', closedOn: '2028-01-15', handover: [{ organisation: 'Chambre des métiers de Dakar', dimension: 'economic' }] });
    expect(JSON.stringify(year)).not.toMatch(/Trading steadily|Glad to start/);
  });

  it('forgets a closure once monitoring is reopened', () => {
    const reopened = { type: 'monitoring.MonitoringReopened', data: { caseId: AWA_CASE, reopenedAt: '2028-02-01T09:00:00.000Z', personal: { reason: 'She asked for help again' } } };
    const doc = reportOf([...awaYear(), ...recorded([reopened])]);
    expect(doc).not.toHaveProperty('closure');
    expect(doc.reopenedOn).toBe('2028-02-01');
    expect(JSON.stringify(doc)).not.toContain('She asked');
  });

  it("drops her words once intake erases her, and keeps none from points read after erasure (a rebuild)", () => {
    const erased = { type: 'intake.ReturneeErased', data: { caseId: AWA_CASE, erasedAt: '2028-03-01T09:00:00.000Z', reason: 'data_subject_request' } };
    const live = reportOf([...awaYear(), ...recorded([erased])]);
    expect(live.erasedAt).toBe('2028-03-01T09:00:00.000Z');
    expect(live.wPoints).toHaveLength(6);
    expect(live.wPoints.some((p) => 'whatHappened' in p)).toBe(false);
    const rebuilt = reportOf(awaYear().map((e) => (e.type === 'monitoring.WModelPointRecorded' ? { ...e, data: { ...e.data, personal: { ...ERASED_PART } } } : e)));
    expect(rebuilt.wPoints.some((p) => 'whatHappened' in p)).toBe(false);
  });

  it('does not double a survey, a point or a meeting delivered twice', () => {
    const twice = reportOf([...awaYear(), ...recorded(awaMonitoringEvents())]);
    expect(twice.surveys).toHaveLength(3);
    expect(twice.wPoints).toHaveLength(6);
    expect(twice.meetings).toHaveLength(3);
    expect(reportOf(recorded([...awaReferralFacts(), ...awaReferralFacts()])).referrals).toHaveLength(2);
  });
});
