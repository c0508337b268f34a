import { renderChart, type RenderedChart } from '../charts/render-chart';
import { rssTrendChart } from '../charts/rss-trend.chart';
import { wModelChart } from '../charts/w-model.chart';
import type { MonitoringReportView } from '../monitoring-report';
import { REPORT_TEXTS, type ReportLanguage } from '../report-texts';

/** The charts of one report, laid out once for both its HTML and its PDF; absent where there is nothing to draw. */
export interface ReportCharts {
  wModel?: RenderedChart;
  rss?: RenderedChart;
}

export async function reportCharts(view: MonitoringReportView, language: ReportLanguage): Promise<ReportCharts> {
  const t = REPORT_TEXTS[language];
  const [wModel, rss] = await Promise.all([
    view.wPoints.length ? renderChart(wModelChart(view.wPoints, t)) : undefined,
    view.surveys.length ? renderChart(rssTrendChart(view.surveys, t)) : undefined,
  ]);
  return { ...(wModel ? { wModel } : {}), ...(rss ? { rss } : {}) };
}
