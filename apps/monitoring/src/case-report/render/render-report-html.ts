import type { MonitoringReportView } from '../monitoring-report';
import { reportLines } from '../report-lines';
import { REPORT_TEXTS, type ReportLanguage } from '../report-texts';
import type { ReportCharts } from './report-charts';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const TAGS = { title: 'h1', heading: 'h2', subheading: 'p class="who"', body: 'p', note: 'p class="note"' } as const;

/** The report as one self-contained HTML page: its charts inline as SVG, no script, nothing fetched. */
export function renderReportHtml(view: MonitoringReportView, language: ReportLanguage, charts: ReportCharts): string {
  const body = reportLines(view, language)
    .map((line) => {
      if (line.kind === 'chart') return `<figure class="chart ${line.chart}">${charts[line.chart]?.svg ?? ''}</figure>`;
      const [open, close] = [TAGS[line.kind], TAGS[line.kind].split(' ')[0]];
      const style = line.indent ? ` style="margin-left:${line.indent}pt"` : '';
      return `<${open}${style}>${escape(line.text)}</${close}>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<title>${escape(REPORT_TEXTS[language].title[view.report])} — ${escape(view.caseId)}</title>
<style>
body { font-family: Helvetica, Arial, sans-serif; max-width: 48rem; margin: 2rem auto; color: #1a1a1a; line-height: 1.4; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.15rem; margin-top: 1.6rem; border-bottom: 1px solid #ddd; }
p { margin: 0.2rem 0; } .who { font-weight: bold; } .note { font-size: 0.85rem; color: #555; }
figure.chart { margin: 0.8rem 0; } figure.chart svg { max-width: 100%; height: auto; }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}
