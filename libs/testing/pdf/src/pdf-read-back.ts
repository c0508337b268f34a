import { join } from 'node:path';

/**
 * A PDF read back by Mozilla's PDF.js, for tests and walk-throughs: what a document says is checked on the document
 * itself: a returnee's copy, a referral for a provider outside the system, a monitoring report.
 * PDF.js ships as ES modules only, hence the dynamic import (jest runs with --experimental-vm-modules).
 */
async function opened(bytes: Uint8Array) {
  const pdfjs = (await importEsm('pdfjs-dist/legacy/build/pdf.mjs')) as typeof import('pdfjs-dist');
  const standardFontDataUrl = `${join(require.resolve('pdfjs-dist/package.json'), '..', 'standard_fonts')}/`;
  return { pdfjs, pdf: await pdfjs.getDocument({ data: new Uint8Array(bytes), standardFontDataUrl, isEvalSupported: false, verbosity: 0 }).promise };
}

/** The text of each page as a reader sees it. */
export async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const { pdf } = await opened(bytes);
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  await pdf.destroy();
  return pages;
}

/** How many vector paths each page draws: a chart drawn into the page is dozens of lines and circles; text alone draws none. */
export async function pdfPathCounts(bytes: Uint8Array): Promise<number[]> {
  const { pdfjs, pdf } = await opened(bytes);
  const counts: number[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const { fnArray } = await (await pdf.getPage(n)).getOperatorList();
    counts.push(fnArray.filter((op) => op === pdfjs.OPS.constructPath).length);
  }
  await pdf.destroy();
  return counts;
}

// Written so that the compiler leaves `import()` as it is (to CommonJS it would become a require, which cannot load an ES module).
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;
