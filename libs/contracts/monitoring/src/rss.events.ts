import type { RssScoreName } from './vocabulary';
import type { RssScores } from './rss-table';

/**
 * A Reintegration Sustainability Survey was taken: its four scores under the table version that
 * computed them (and whether that table is provisional), the scheduled survey it held. The answers
 * are about her life, so personal; the scores are what planning and M&E read.
 */
export interface RssSurveyRecorded {
  type: 'monitoring.RssSurveyRecorded';
  data: {
    caseId: string;
    surveyId: string;
    followUpId?: string;
    conductedOn: string;
    tableVersion: string;
    provisional: boolean;
    scores: RssScores;
    recordedAt: string;
    personal: { answers: Record<string, number> };
  };
}

/** A past survey's answers scored under another table version; its scores under the version before stay beside. */
export interface RssSurveyRescored {
  type: 'monitoring.RssSurveyRescored';
  data: {
    caseId: string;
    surveyId: string;
    tableVersion: string;
    provisional: boolean;
    scores: RssScores;
    previous: { tableVersion: string; scores: RssScores };
    rescoredAt: string;
  };
}

export interface ScoreDrop {
  score: RssScoreName;
  from: number;
  to: number;
}

/**
 * Monitoring recommends that planning review the plan (handbook 2.3.3): scores fell between two
 * consecutive surveys by more than the threshold, or a meeting reported a radical change.
 */
export type PlanReviewRecommended = {
  type: 'monitoring.PlanReviewRecommended';
  data: { caseId: string; recommendedAt: string } & (
    | { reason: 'rss_drop'; surveyId: string; previousSurveyId: string; threshold: number; drops: ScoreDrop[] }
    | { reason: 'radical_change'; meetingId: string }
  );
};

export type RssEvent = RssSurveyRecorded | RssSurveyRescored | PlanReviewRecommended;
