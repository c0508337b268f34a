/**
 * The README's picture of a monitoring report: the first page of Awa's mid-term report (French), as
 * the service renders it, drawn by PDF.js onto @napi-rs/canvas (PDF.js's own optional dependency, no
 * node-canvas). Run: node -r @swc-node/register tools/docs/monitoring-report-picture.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { only, project } from '@homeward/testing/intake';
import { caseReportProjection } from '../../apps/monitoring/src/case-report/case-report.projection';
import { monitoringReportOf } from '../../apps/monitoring/src/case-report/monitoring-report';
import { renderReportPdf } from '../../apps/monitoring/src/case-report/render/render-report-pdf';
import { reportCharts } from '../../apps/monitoring/src/case-report/render/report-charts';
import { AWA_CASE, awaYear } from '../../apps/monitoring/src/case-report/testing/awa-monitoring.scenario';

const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

async function main(): Promise<void> {
  const view = monitoringReportOf(only(project(caseReportProjection, awaYear()), AWA_CASE), 'mid_term', '2027-08-01', { firstName: 'Awa', lastName: 'Diallo' });
  const bytes = await renderReportPdf(view, 'fr', await reportCharts(view, 'fr'));
  const pdfjs = (await importEsm('pdfjs-dist/legacy/build/pdf.mjs')) as typeof import('pdfjs-dist');
  const { createCanvas } = require('@napi-rs/canvas') as typeof import('@napi-rs/canvas');
  const standardFontDataUrl = `${join(require.resolve('pdfjs-dist/package.json'), '..', 'standard_fonts')}/`;
  const pdf = await pdfjs.getDocument({ data: bytes, standardFontDataUrl, isEvalSupported: false, verbosity: 0 }).promise;
  const page = await pdf.getPage(1);
  const viewport = page.getViewport({ scale: 1.5 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  // @napi-rs/canvas is the canvas PDF.js itself uses under Node; its types are not the DOM's.
  await page.render({ canvasContext: canvas.getContext('2d'), viewport, canvas } as unknown as Parameters<typeof page.render>[0]).promise;
  const out = join(__dirname, '../../docs/monitoring-report-page1.png');
  writeFileSync(out, canvas.toBuffer('image/png'));
  await pdf.destroy();
  console.log(`wrote ${out}`);
}

void main();
