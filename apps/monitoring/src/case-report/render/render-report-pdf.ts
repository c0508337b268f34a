import { PDFDocument, StandardFonts } from 'pdf-lib';
import { TextFlow } from '@homeward/platform';
import type { MonitoringReportView } from '../monitoring-report';
import { reportLines } from '../report-lines';
import { fill, REPORT_TEXTS, type ReportLanguage } from '../report-texts';
import { drawChart } from './draw-scene';
import type { ReportCharts } from './report-charts';

const STYLES = { title: 'title', heading: 'heading', subheading: 'subheading', body: 'body', note: 'small' } as const;

/** The report as a PDF, the same lines as its HTML, with its charts drawn in. Pure: the same report gives the same bytes. */
export async function renderReportPdf(view: MonitoringReportView, language: ReportLanguage, charts: ReportCharts): Promise<Uint8Array> {
  const t = REPORT_TEXTS[language];
  const doc = await PDFDocument.create({ updateMetadata: false });
  const asOf = new Date(`${view.asOf}T00:00:00.000Z`);
  doc.setTitle(t.title[view.report]);
  doc.setLanguage(language);
  doc.setProducer('Homeward');
  doc.setCreator('Homeward monitoring');
  doc.setCreationDate(asOf);
  doc.setModificationDate(asOf);
  const fonts = { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  const flow = new TextFlow(doc, fonts);
  for (const line of reportLines(view, language)) {
    if (line.kind !== 'chart') {
      flow.write(line.text, STYLES[line.kind], line.indent);
      continue;
    }
    const chart = charts[line.chart];
    if (!chart) continue;
    const room = flow.reserve(chart.height * Math.min(1, flow.width / chart.width));
    drawChart(room.page, chart, fonts, { left: room.x, top: room.top, width: room.width });
  }
  flow.footer((page, pages) => fill(t.page, { page, pages }));
  return doc.save();
}
