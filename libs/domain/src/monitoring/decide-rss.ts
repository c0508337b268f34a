import type { MonitoringEvent, RssScores, RssTable } from '@homeward/contracts/monitoring';
import type { CommandMetadata } from '../shared/command-metadata';
import { notInFuture } from '../shared/dates';
import type { RecordRssSurvey, RescoreSurveys } from './monitoring.commands';
import { MonitoringError } from './monitoring.errors';
import { pendingFollowUp, requireOpen } from './monitoring.guards';
import { pendingFollowUps, type CaseMonitoring, type Survey } from './monitoring.state';
import { scoreDrops } from './rss/score-drops';
import { scoreRss } from './rss/score-rss';

/**
 * A Reintegration Sustainability Survey (handbook 2.3.3): its answers are scored under the table in
 * use, and the scores are kept with the table's version. If a score fell from the survey before by
 * more than the programme's threshold, a plan review is recommended. Without a follow-up named, it
 * holds the earliest scheduled survey still to come.
 */
export function recordRssSurvey({ data, metadata }: RecordRssSurvey, state: CaseMonitoring): MonitoringEvent[] {
  requireOpen(state);
  if (state.surveys.some((s) => s.surveyId === data.surveyId)) throw new MonitoringError('SURVEY_ALREADY_RECORDED', `Survey ${data.surveyId} is already recorded`, 'surveyId');
  notInFuture(data.conductedOn, metadata.today, 'conductedOn', 'The day of the survey');
  if (!(data.dropThreshold > 0 && data.dropThreshold < 1)) throw new MonitoringError('RSS_THRESHOLD_INVALID', undefined, 'dropThreshold');
  const followUpId = data.followUpId ? pendingFollowUp(state, data.followUpId, 'rss_survey').followUpId : nextScheduledSurvey(state);
  const scores = scoreRss(data.answers, data.table);
  const recorded: MonitoringEvent = {
    type: 'monitoring.RssSurveyRecorded',
    data: {
      caseId: data.caseId,
      surveyId: data.surveyId,
      ...(followUpId ? { followUpId } : {}),
      conductedOn: data.conductedOn,
      tableVersion: data.table.version,
      provisional: data.table.provisional,
      scores,
      recordedAt: metadata.now,
      personal: { answers: data.answers },
    },
  };
  return [recorded, ...reviewAfterDrop(data.caseId, data.surveyId, data.conductedOn, scores, data, state, metadata)];
}

/** Re-scores every past survey under a new table; a survey already scored under it is left as it is. Refused whole if one does not fit. */
export function rescoreSurveys({ data, metadata }: RescoreSurveys, state: CaseMonitoring): MonitoringEvent[] {
  return state.surveys
    .filter((survey) => survey.answers && !survey.scores[data.table.version])
    .map((survey) => ({
      type: 'monitoring.RssSurveyRescored',
      data: {
        caseId: data.caseId,
        surveyId: survey.surveyId,
        tableVersion: data.table.version,
        provisional: data.table.provisional,
        scores: fitted(survey, data.table),
        previous: { tableVersion: survey.tableVersion, scores: survey.scores[survey.tableVersion] },
        rescoredAt: metadata.now,
      },
    }));
}

const nextScheduledSurvey = (state: CaseMonitoring): string | undefined =>
  pendingFollowUps(state)
    .filter((f) => f.kind === 'rss_survey')
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0]?.followUpId;

function fitted(survey: Survey, table: RssTable): RssScores {
  try {
    return scoreRss(survey.answers ?? {}, table);
  } catch (error) {
    if (!(error instanceof MonitoringError)) throw error;
    throw new MonitoringError('RSS_SURVEY_DOES_NOT_FIT', `Survey ${survey.surveyId}: ${error.message}`, error.field, { surveyId: survey.surveyId });
  }
}

/**
 * The survey before this one in time, scored under the same table (its answers re-read, so two
 * tables' scores are never compared); none, or one whose answers are gone, prompts nothing.
 */
function reviewAfterDrop(caseId: string, surveyId: string, conductedOn: string, scores: RssScores, data: RecordRssSurvey['data'], state: CaseMonitoring, metadata: CommandMetadata): MonitoringEvent[] {
  const previous = state.surveys.filter((s) => s.conductedOn <= conductedOn).sort((a, b) => a.conductedOn.localeCompare(b.conductedOn)).pop();
  const before = previous && (previous.scores[data.table.version] ?? comparable(previous, data.table));
  if (!previous || !before) return [];
  const drops = scoreDrops(before, scores, data.dropThreshold);
  if (drops.length === 0) return [];
  return [{ type: 'monitoring.PlanReviewRecommended', data: { caseId, reason: 'rss_drop', surveyId, previousSurveyId: previous.surveyId, threshold: data.dropThreshold, drops, recommendedAt: metadata.now } }];
}

function comparable(survey: Survey, table: RssTable): RssScores | undefined {
  try {
    return survey.answers ? scoreRss(survey.answers, table) : undefined;
  } catch {
    return undefined;
  }
}
