import type { MonitoringTopicEvent } from '@homeward/contracts/monitoring';
import { applyEvent, type RecordedEvent } from '@homeward/events';
import { planReviewsProjection, type CasePlanReviews } from './plan-reviews.projection';

const recorded = (data: object) => ({ type: 'monitoring.PlanReviewRecommended', data, eventId: 'e', country: 'SN' }) as unknown as RecordedEvent;
const fold = (events: Array<MonitoringTopicEvent['data']>) => events.map(recorded).reduce<CasePlanReviews | null>((doc, e) => applyEvent(planReviewsProjection, doc, e), null);

describe("Planning shows monitoring's plan-review recommendations beside the plan", () => {
  it('keeps each recommendation of the case, a drop with its scores and a radical change with its meeting, in order', () => {
    const drop = { caseId: 'c-1', reason: 'rss_drop', surveyId: 's-2', previousSurveyId: 's-1', threshold: 0.1, drops: [{ score: 'economic', from: 0.8, to: 0.4 }], recommendedAt: '2027-04-12T10:00:00.000Z' };
    const radical = { caseId: 'c-1', reason: 'radical_change', meetingId: 'm-3', recommendedAt: '2027-04-20T10:00:00.000Z' };
    expect(fold([drop, radical] as never)).toEqual({
      caseId: 'c-1',
      recommendations: [
        { reason: 'rss_drop', recommendedAt: '2027-04-12T10:00:00.000Z', surveyId: 's-2', previousSurveyId: 's-1', threshold: 0.1, drops: [{ score: 'economic', from: 0.8, to: 0.4 }] },
        { reason: 'radical_change', recommendedAt: '2027-04-20T10:00:00.000Z', meetingId: 'm-3' },
      ],
    });
  });

  it('takes nothing a later version of the event might add', () => {
    const doc = fold([{ caseId: 'c-1', reason: 'radical_change', meetingId: 'm-3', recommendedAt: 'x', notes: 'Her husband left' }] as never);
    expect(JSON.stringify(doc)).not.toContain('husband');
  });
});
