import { PROVISIONAL_RSS_TABLE, type RssTable } from '@homeward/contracts/monitoring';
import { afterCommands, answers, CASE_ID, command, given, monitored, on, stateOf, survey } from './testing/monitoring-fixtures';

const BASELINE = '2027-01-10';
const LATER = '2027-04-12';
const baseline = () => afterCommands(monitored(), survey('s-0', BASELINE, answers()));
/** Her economic answers fall from 3 to 2: that dimension from .5 to .25, the composite to .4167. */
const worse = answers({ 'econ-income': 2, 'econ-work': 2, 'econ-debt': 4, 'econ-food': 4, 'econ-satisfaction': 2 });

describe('The RSS: a baseline, then a survey every three months; its scores kept with the table that made them (handbook 2.3.3)', () => {
  it('scores the answers, keeps them personal, and holds the scheduled baseline', () => {
    given(monitored()).when(survey('s-0', BASELINE, answers())).then([
      {
        type: 'monitoring.RssSurveyRecorded',
        data: {
          caseId: CASE_ID, surveyId: 's-0', followUpId: 'rss-0', conductedOn: BASELINE, tableVersion: 'rss-provisional-1', provisional: true,
          scores: { economic: 0.5, social: 0.5, psychosocial: 0.5, composite: 0.5 }, recordedAt: `${BASELINE}T12:00:00.000Z`, personal: { answers: answers() },
        },
      },
    ]);
  });

  it('without a survey named, holds the earliest one still to come; with one named, that one', () => {
    given(baseline()).when(survey('s-1', LATER, answers())).thenMatches([{ data: { followUpId: 'rss-1' } }]);
    given(baseline()).when(survey('s-1', LATER, answers(), { followUpId: 'rss-2' })).thenMatches([{ data: { followUpId: 'rss-2' } }]);
    given(baseline()).when(survey('s-1', LATER, answers(), { followUpId: 'rss-0' })).thenThrows('FOLLOW_UP_NOT_PENDING', { field: 'followUpId' });
    given(baseline()).when(survey('s-1', LATER, answers(), { followUpId: 'p1-m1' })).thenThrows('FOLLOW_UP_KIND_MISMATCH');
  });

  it('refuses incomplete or out-of-range answers naming the question, a survey recorded twice, a day to come, and a threshold outside 0 to 1', () => {
    const { 'psy-network': _left, ...incomplete } = answers();
    given(monitored()).when(survey('s-0', BASELINE, incomplete)).thenThrows('RSS_ANSWER_MISSING', { field: 'answers.psy-network' });
    given(monitored()).when(survey('s-0', BASELINE, answers({ 'soc-housing': 9 }))).thenThrows('RSS_ANSWER_OUT_OF_RANGE', { field: 'answers.soc-housing' });
    given(baseline()).when(survey('s-0', LATER, answers())).thenThrows('SURVEY_ALREADY_RECORDED', { field: 'surveyId' });
    given(monitored()).when({ ...survey('s-0', '2027-02-01', answers()), metadata: { now: '2027-01-31T12:00:00.000Z', today: '2027-01-31', userId: 'me-sn-1' } }).thenThrows('FACT_IN_FUTURE', { field: 'conductedOn' });
    given(monitored()).when(survey('s-0', BASELINE, answers(), { dropThreshold: 0 })).thenThrows('RSS_THRESHOLD_INVALID', { field: 'dropThreshold' });
  });
});

describe('Falling scores prompt a plan review (handbook 2.3.3)', () => {
  it('a drop beyond the threshold from the survey before names the scores that fell', () => {
    given(baseline()).when(survey('s-1', LATER, worse)).thenMatches([
      { type: 'monitoring.RssSurveyRecorded', data: { scores: { economic: 0.25, social: 0.5, psychosocial: 0.5, composite: 0.4167 } } },
      {
        type: 'monitoring.PlanReviewRecommended',
        data: { caseId: CASE_ID, reason: 'rss_drop', surveyId: 's-1', previousSurveyId: 's-0', threshold: 0.1, drops: [{ score: 'economic', from: 0.5, to: 0.25 }], recommendedAt: `${LATER}T12:00:00.000Z` },
      },
    ]);
  });

  it('a drop within the threshold, a rise, or no survey before prompts nothing', () => {
    given(baseline()).when(survey('s-1', LATER, worse, { dropThreshold: 0.25 })).thenMatches([{ type: 'monitoring.RssSurveyRecorded' }]);
    given(baseline()).when(survey('s-1', LATER, answers({}, 4))).thenMatches([{ type: 'monitoring.RssSurveyRecorded' }]);
    given(monitored()).when(survey('s-0', BASELINE, worse)).thenMatches([{ type: 'monitoring.RssSurveyRecorded' }]);
  });

  it('compares with the survey before in time, under the same table', () => {
    const other: RssTable = { ...PROVISIONAL_RSS_TABLE, version: 'rss-provisional-2', cutOffs: PROVISIONAL_RSS_TABLE.cutOffs };
    given(baseline()).when(survey('s-1', LATER, worse, { table: other })).thenMatches([{ data: { tableVersion: 'rss-provisional-2' } }, { data: { previousSurveyId: 's-0', drops: [{ score: 'economic', from: 0.5, to: 0.25 }] } }]);
  });
});

describe('Re-scoring under a new table keeps the old scores beside the new', () => {
  const assumed = (value: number) => ({ value, source: 'assumed' });
  /** The economic dimension counts double in the composite. */
  const v2: RssTable = { ...PROVISIONAL_RSS_TABLE, version: 'rss-provisional-2', dimensionWeights: { economic: assumed(2), social: assumed(1), psychosocial: assumed(1) } };
  const rescore = (table = v2) => command('RescoreSurveys', { table }, on('2027-05-01', { role: 'me_officer' }));
  const two = () => afterCommands(baseline(), survey('s-1', LATER, worse));

  it('each past survey scored again, its scores under the version before beside', () => {
    given(two()).when(rescore()).then([
      { type: 'monitoring.RssSurveyRescored', data: { caseId: CASE_ID, surveyId: 's-0', tableVersion: 'rss-provisional-2', provisional: true, scores: { economic: 0.5, social: 0.5, psychosocial: 0.5, composite: 0.5 }, previous: { tableVersion: 'rss-provisional-1', scores: { economic: 0.5, social: 0.5, psychosocial: 0.5, composite: 0.5 } }, rescoredAt: '2027-05-01T12:00:00.000Z' } },
      // (2 × .25 + .5 + .5) / 4 = .375
      { type: 'monitoring.RssSurveyRescored', data: { caseId: CASE_ID, surveyId: 's-1', tableVersion: 'rss-provisional-2', provisional: true, scores: { economic: 0.25, social: 0.5, psychosocial: 0.5, composite: 0.375 }, previous: { tableVersion: 'rss-provisional-1', scores: { economic: 0.25, social: 0.5, psychosocial: 0.5, composite: 0.4167 } }, rescoredAt: '2027-05-01T12:00:00.000Z' } },
    ]);
    const after = stateOf(afterCommands(two(), rescore())).surveys[1];
    expect(after).toMatchObject({ tableVersion: 'rss-provisional-2', scores: { 'rss-provisional-1': { composite: 0.4167 }, 'rss-provisional-2': { composite: 0.375 } } });
  });

  it('under a version already applied, nothing changes', () => {
    given(afterCommands(two(), rescore())).when(rescore()).thenNothing();
  });

  it('is refused whole, naming the survey and question, when past answers do not fit the new table', () => {
    const extra: RssTable = { ...v2, indicators: [...v2.indicators, { ...v2.indicators[0], indicatorId: 'econ-savings' }] };
    given(two()).when(rescore(extra)).thenThrows('RSS_SURVEY_DOES_NOT_FIT', { field: 'answers.econ-savings', details: { surveyId: 's-0' } });
  });

  it('skips a survey whose answers were erased with her keys', () => {
    const erased = two().map((e) => (e.type === 'monitoring.RssSurveyRecorded' && e.data.surveyId === 's-0' ? { ...e, data: { ...e.data, personal: { $erased: true } as never } } : e));
    given(erased).when(rescore()).thenMatches([{ data: { surveyId: 's-1' } }]);
  });
});
