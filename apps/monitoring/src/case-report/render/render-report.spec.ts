import { only, project } from '@homeward/testing/intake';
import { caseReportProjection } from '../case-report.projection';
import { monitoringReportOf } from '../monitoring-report';
import { pdfPathCounts, pdfText } from '@homeward/testing/pdf';
import { AWA_CASE, awaYear } from '../testing/awa-monitoring.scenario';
import { renderReportHtml } from './render-report-html';
import { renderReportPdf } from './render-report-pdf';
import { reportCharts } from './report-charts';

const doc = only(project(caseReportProjection, awaYear()), AWA_CASE);
const text = async (bytes: Uint8Array) => (await pdfText(bytes)).join(' ').replace(/\s+/g, ' ');

describe("A case's monitoring report, rendered", () => {
  it('writes the final report in English: her name, the statuses, the scores under their provisional table, both charts', async () => {
    const view = monitoringReportOf(doc, 'final', '2028-02-01', { firstName: 'Awa', lastName: 'Diallo' });
    const written = await text(await renderReportPdf(view, 'en', await reportCharts(view, 'en')));
    expect(written).toContain('Returnee: Awa Diallo');
    expect(written).toContain('Financial allocation: delivered (as reported at the meeting of 10 March 2027)');
    expect(written).toContain('composite 0.38');
    expect(written).toContain('Her uncle now helps at the market');
    expect(written).toContain('Handed over to Chambre des métiers de Dakar (Economic)');
    expect(written).toContain('W-model: highs (+) and lows (-) by dimension');
    expect(written).toContain('RSS scores over time (0 worst, 1 best), provisional');
  });

  it('draws the charts into the PDF as vectors, and a report without charts draws none', async () => {
    const view = monitoringReportOf(doc, 'final', '2028-02-01', undefined);
    const drawn = await pdfPathCounts(await renderReportPdf(view, 'en', await reportCharts(view, 'en')));
    expect(drawn.reduce((a, b) => a + b, 0)).toBeGreaterThan(50);
    const bare = monitoringReportOf({ ...doc, wPoints: [], surveys: [] }, 'final', '2028-02-01', undefined);
    expect(await pdfPathCounts(await renderReportPdf(bare, 'en', await reportCharts(bare, 'en')))).toEqual([0]);
  });

  it('says she was erased, and keeps what happened out, once she is', async () => {
    const view = monitoringReportOf({ ...doc, erasedAt: '2028-03-01T09:00:00.000Z', wPoints: doc.wPoints.map(({ whatHappened: _w, ...p }) => p) }, 'final', '2028-03-02', undefined);
    const page = renderReportHtml(view, 'fr', await reportCharts(view, 'fr'));
    expect(page).toContain('Migrant(e) de retour : données personnelles effacées');
    expect(page).toContain("(ce qui s&#39;est passé a été effacé avec ses données personnelles)");
    expect(page).not.toContain('The shop was flooded');
  });

  it('makes the same bytes from the same report, so a copy printed again is the one issued', async () => {
    const view = monitoringReportOf(doc, 'mid_term', '2028-02-01', undefined);
    const charts = await reportCharts(view, 'fr');
    expect(Buffer.from(await renderReportPdf(view, 'fr', charts)).equals(Buffer.from(await renderReportPdf(view, 'fr', await reportCharts(view, 'fr'))))).toBe(true);
  });

  it('writes a report with nothing recorded yet without charts, saying so', async () => {
    const bare = { ...doc, wPoints: [], surveys: [], meetings: [], referrals: [], reviews: [] };
    const view = monitoringReportOf(bare, 'mid_term', '2027-02-01', undefined);
    const page = renderReportHtml(view, 'en', await reportCharts(view, 'en'));
    expect(page).not.toContain('<svg');
    for (const words of ['No W-model point recorded.', 'No survey recorded.', 'No follow-up meeting recorded.', 'No referral.']) expect(page).toContain(words);
  });
});
