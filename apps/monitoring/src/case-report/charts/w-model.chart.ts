import type { TopLevelSpec } from 'vega-lite';
import { DIMENSIONS } from '@homeward/contracts/planning';
import type { ReportedWPoint } from '../case-report.document';
import type { ReportTexts } from '../report-texts';
import { CHART_CONFIG } from './chart-config';

/**
 * The W-model (handbook 2.3.3): each high or low of the return on its day, up as +intensity and down
 * as −intensity, one line per dimension, so the ups and downs read as the W the handbook draws.
 */
export function wModelChart(points: ReportedWPoint[], t: ReportTexts): TopLevelSpec {
  const values = points.map((p) => ({ date: p.occurredOn, value: p.direction === 'up' ? p.intensity : -p.intensity, dimension: t.dimensions[p.dimension] }));
  return {
    title: t.wChartTitle,
    width: 420,
    height: 200,
    data: { values },
    config: CHART_CONFIG,
    layer: [
      { mark: { type: 'rule', color: '#666' }, encoding: { y: { datum: 0, type: 'quantitative' } } },
      {
        mark: { type: 'line', point: { filled: true, size: 45 }, strokeWidth: 2 },
        encoding: {
          x: { field: 'date', type: 'temporal', scale: { type: 'utc' }, axis: { title: t.wAxisDate, format: t.chartDateFormat, labelAngle: -30, tickCount: 6 } },
          y: { field: 'value', type: 'quantitative', scale: { domain: [-5, 5] }, axis: { title: t.wAxisValue, tickCount: 10 } },
          color: { field: 'dimension', type: 'nominal', scale: { domain: DIMENSIONS.map((d) => t.dimensions[d]) }, legend: { title: t.wLegend } },
        },
      },
    ],
  };
}
