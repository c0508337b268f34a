import { join } from 'node:path';

/**
 * The text of a PDF as a reader sees it, page by page, read back by Mozilla's PDF.js (for tests:
 * what the returnee's copy says is checked on the document itself, not on what was meant to be drawn).
 * PDF.js ships as ES modules only, hence the dynamic import (jest runs with --experimental-vm-modules).
 */
export async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = (await importEsm('pdfjs-dist/legacy/build/pdf.mjs')) as typeof import('pdfjs-dist');
  const standardFontDataUrl = `${join(require.resolve('pdfjs-dist/package.json'), '..', 'standard_fonts')}/`;
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), standardFontDataUrl, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  await pdf.destroy();
  return pages;
}

// Written so that the compiler leaves `import()` as it is (to CommonJS it would become a require, which cannot load an ES module).
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;
