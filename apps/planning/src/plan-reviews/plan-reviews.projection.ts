import type { MonitoringTopicEvent, ScoreDrop } from '@homeward/contracts/monitoring';
import type { Projection } from '@homeward/events';

/** A plan review monitoring recommends (handbook 2.3.3): RSS scores fell beyond the programme's threshold, or a meeting reported a radical change. */
export type PlanReviewRecommendation = { recommendedAt: string } & (
  | { reason: 'rss_drop'; surveyId: string; previousSurveyId: string; threshold: number; drops: ScoreDrop[] }
  | { reason: 'radical_change'; meetingId: string }
);

export interface CasePlanReviews {
  caseId: string;
  /** In the order monitoring recommended them. */
  recommendations: PlanReviewRecommendation[];
}

export const PLAN_REVIEWS = 'plan_reviews';

type Recommended = Extract<MonitoringTopicEvent, { type: 'monitoring.PlanReviewRecommended' }>;

/** Monitoring's recommendations per case, from its topic, for the plan detail to show beside the plan. No personal data. */
export const planReviewsProjection: Projection<CasePlanReviews, Recommended> = {
  name: 'planning.plan-reviews',
  collection: PLAN_REVIEWS,
  indexes: [],
  handles: ['monitoring.PlanReviewRecommended'],
  documentId: (event) => event.data.caseId,
  evolve: (doc, { data }) => {
    // Fields picked one by one: a later version of the event must not reach the plan unreviewed.
    const recommendation: PlanReviewRecommendation =
      data.reason === 'rss_drop'
        ? { reason: 'rss_drop', recommendedAt: data.recommendedAt, surveyId: data.surveyId, previousSurveyId: data.previousSurveyId, threshold: data.threshold, drops: data.drops }
        : { reason: 'radical_change', recommendedAt: data.recommendedAt, meetingId: data.meetingId };
    return { caseId: data.caseId, recommendations: [...(doc?.recommendations ?? []), recommendation] };
  },
};
