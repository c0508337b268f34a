import { caseloadCountsProjection } from './caseload.projection';
import { planTimelinessProjection } from './plan-timeliness.projection';
import { rssSumsProjection } from './rss-sums.projection';
import { fold, recorded } from './testing-fold';
import { unmetNeedCountsProjection } from './unmet-need-counts.projection';

const midTerm = (caseId: string, country = 'SN') => recorded({ type: 'monitoring.ReportScheduled', data: { caseId, report: 'mid_term', dueOn: '2027-07-01', scheduledAt: 'x' } }, country);
const finalReport = (caseId: string) => recorded({ type: 'monitoring.ReportScheduled', data: { caseId, report: 'final', dueOn: '2028-07-01', scheduledAt: 'x' } });
const closed = (caseId: string) => recorded({ type: 'monitoring.MonitoringClosed', data: { caseId, reason: 'contact_lost', closedOn: '2027-03-01', handover: [], closedAt: 'x' } });
const reopened = (caseId: string) => recorded({ type: 'monitoring.MonitoringReopened', data: { caseId, reopenedAt: 'x' } });

describe('M&E caseload counts', () => {
  it('counts a case once when monitoring starts following it, and closures less reopenings, per office; nothing of the case is kept', () => {
    const docs = fold(caseloadCountsProjection, [midTerm('c-1'), finalReport('c-1'), midTerm('c-2'), midTerm('c-3', 'GN'), closed('c-1'), closed('c-2'), reopened('c-2')]);
    expect(docs).toEqual({ SN: { country: 'SN', followed: 2, closed: 1 }, GN: { country: 'GN', followed: 1, closed: 0 } });
  });
});

const survey = (caseId: string, conductedOn: string, economic: number, tableVersion = 'rss-provisional-1') =>
  recorded({ type: 'monitoring.RssSurveyRecorded', data: { caseId, surveyId: `s-${caseId}`, conductedOn, tableVersion, provisional: true, scores: { economic, social: 0.5, psychosocial: 0.5, composite: 0.5 }, recordedAt: 'x' } });

describe('M&E RSS sums', () => {
  it('adds surveys up per office, quarter conducted and table version, never two versions together, and keeps no case', () => {
    const docs = fold(rssSumsProjection, [survey('c-1', '2027-01-10', 0.25), survey('c-2', '2027-03-31', 0.5), survey('c-3', '2027-04-01', 1), survey('c-4', '2027-02-01', 1, 'rss-2')]);
    expect(docs['SN:2027-Q1:rss-provisional-1']).toEqual({ country: 'SN', period: '2027-Q1', tableVersion: 'rss-provisional-1', provisional: true, surveys: 2, sums: { economic: 0.75, social: 1, psychosocial: 1, composite: 1 } });
    expect(Object.keys(docs).sort()).toEqual(['SN:2027-Q1:rss-2', 'SN:2027-Q1:rss-provisional-1', 'SN:2027-Q2:rss-provisional-1']);
    expect(JSON.stringify(docs)).not.toContain('c-1');
  });
});

const due = (caseId: string, arrivalDate: string, dueOn: string) => recorded({ type: 'planning.PlanDue', data: { caseId, returneeId: `r-${caseId}`, country: 'SN', arrivalDate, dueOn } });
const approved = (caseId: string, approvedAt: string, version = 1) => recorded({ type: 'planning.PlanApproved', data: { caseId, version, approvedBy: 'sup', approvedAt } });
const derogation = (caseId: string) => recorded({ type: 'planning.PlanDerogationGranted', data: { caseId, previousDueOn: '2027-02-10', dueOn: '2027-03-10', approvedBy: 'sup', grantedAt: 'x' } });

describe('M&E plan deadline and time to plan', () => {
  it('counts each plan due in the month a month after arrival: on time, late or not yet approved, and its derogation once', () => {
    const doc = fold(planTimelinessProjection, [
      due('c-1', '2027-01-10', '2027-02-10'),
      due('c-2', '2027-01-10', '2027-02-10'),
      due('c-3', '2027-01-12', '2027-02-12'),
      due('c-3', '2027-01-12', '2027-02-12'),
      approved('c-1', '2027-02-10T16:00:00.000Z'),
      derogation('c-2'),
      derogation('c-2'),
      approved('c-2', '2027-03-01T09:00:00.000Z'),
      approved('c-2', '2027-05-01T09:00:00.000Z', 2),
    ]).SN;
    expect(doc.dueMonths).toEqual({ '2027-02': { onTime: 1, late: 1, notApproved: 1, derogated: 1 } });
    expect(doc.approvalMonths).toEqual({ '2027-02': { '31': 1 }, '2027-03': { '50': 1 } });
    // Approved cases leave the join; the one still awaiting stays until its plan is approved.
    expect(Object.keys(doc.awaiting)).toEqual(['c-3']);
  });

  it('measures nothing for an approval of a case it never knew due', () => {
    expect(fold(planTimelinessProjection, [approved('c-9', '2027-02-10T16:00:00.000Z')]).SN).toEqual({ country: 'SN', awaiting: {}, dueMonths: {}, approvalMonths: {} });
  });
});

const need = (caseId: string, unmetNeedId: string, serviceType: string, recordedOn: string) =>
  recorded({ type: 'referrals.UnmetNeedRecorded', data: { caseId, unmetNeedId, serviceType, country: 'SN', source: 'plan_element', recordedOn, recordedAt: 'x' } });
const met = (caseId: string, unmetNeedId: string) => recorded({ type: 'referrals.UnmetNeedMet', data: { caseId, unmetNeedId, metOn: '2027-03-01', recordedAt: 'x' } });
const needClosed = (caseId: string, unmetNeedId: string) => recorded({ type: 'referrals.UnmetNeedClosed', data: { caseId, unmetNeedId, reason: 'relocated', closedAt: 'x' } });

describe('M&E unmet-need counts', () => {
  it('counts needs per month recorded and service type, and the met and closed of the office, keeping no need by id', () => {
    const doc = fold(unmetNeedCountsProjection, [need('c-1', 'u-1', 'shelter', '2027-02-01'), need('c-2', 'u-1', 'shelter', '2027-02-20'), need('c-3', 'u-1', 'legal_aid', '2027-03-01'), met('c-1', 'u-1'), needClosed('c-3', 'u-1')]).SN;
    expect(doc).toEqual({
      country: 'SN',
      recorded: { '2027-02|shelter': { month: '2027-02', serviceType: 'shelter', recorded: 2 }, '2027-03|legal_aid': { month: '2027-03', serviceType: 'legal_aid', recorded: 1 } },
      met: 1,
      closed: 1,
    });
    expect(JSON.stringify(doc)).not.toContain('c-1');
  });
});
