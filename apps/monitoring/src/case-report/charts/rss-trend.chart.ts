import type { TopLevelSpec } from 'vega-lite';
import { RSS_SCORES } from '@homeward/contracts/monitoring';
import type { ReportedSurvey } from '../case-report.document';
import type { ReportTexts } from '../report-texts';
import { CHART_CONFIG } from './chart-config';

/** The four RSS scores of each survey under its current table, over time; the title says when a table is provisional. */
export function rssTrendChart(surveys: ReportedSurvey[], t: ReportTexts): TopLevelSpec {
  const current = surveys.map((s) => ({ conductedOn: s.conductedOn, scoring: s.scorings[s.scorings.length - 1] }));
  const provisional = current.some((s) => s.scoring.provisional);
  const values = current.flatMap(({ conductedOn, scoring }) => RSS_SCORES.map((score) => ({ date: conductedOn, score: t.scoreNames[score], value: scoring.scores[score] })));
  return {
    title: provisional ? `${t.rssChartTitle}, ${t.provisional}` : t.rssChartTitle,
    width: 420,
    height: 160,
    data: { values },
    config: CHART_CONFIG,
    mark: { type: 'line', point: { filled: true, size: 40 }, strokeWidth: 2 },
    encoding: {
      x: { field: 'date', type: 'temporal', scale: { type: 'utc' }, axis: { title: t.wAxisDate, format: t.chartDateFormat, labelAngle: -30, tickCount: 6 } },
      y: { field: 'value', type: 'quantitative', scale: { domain: [0, 1] }, axis: { title: null, tickCount: 5 } },
      color: { field: 'score', type: 'nominal', scale: { domain: RSS_SCORES.map((s) => t.scoreNames[s]) }, legend: { title: null } },
      strokeDash: { condition: { test: `datum.score === '${t.scoreNames.composite.replace(/'/g, "\\'")}'`, value: [4, 2] }, value: [1, 0] },
    },
  };
}
