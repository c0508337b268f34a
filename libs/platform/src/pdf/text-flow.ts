import { rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const FOOTER = 36;

export type Style = 'title' | 'heading' | 'subheading' | 'body' | 'small';
const SIZES: Record<Style, number> = { title: 20, heading: 14, subheading: 11.5, body: 10.5, small: 9 };
const SPACE_BEFORE: Record<Style, number> = { title: 0, heading: 14, subheading: 8, body: 1, small: 1 };

/**
 * Text flowed down A4 pages: each paragraph wrapped to the width, a new page when one is full.
 * The standard Helvetica speaks WinAnsi only (French and the other Latin-1 languages): a character
 * outside it is written without its accent if that is enough, else as "?", never dropped silently.
 */
export class TextFlow {
  private page: PDFPage;
  private y = 0;
  readonly pages: PDFPage[] = [];
  private readonly encodable: Set<number>;

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: { regular: PDFFont; bold: PDFFont },
  ) {
    this.encodable = new Set(fonts.regular.getCharacterSet());
    this.page = this.newPage();
  }

  write(text: string, style: Style, indent = 0): void {
    const font = style === 'body' || style === 'small' ? this.fonts.regular : this.fonts.bold;
    const size = SIZES[style];
    const width = A4[0] - 2 * MARGIN - indent;
    this.y -= SPACE_BEFORE[style];
    // A heading is kept with the first lines of what it heads.
    if (style !== 'body' && style !== 'small' && this.y - 3 * size * 1.3 < MARGIN + FOOTER) this.page = this.newPage();
    for (const line of wrap(this.writable(text), font, size, width)) {
      if (this.y - size < MARGIN + FOOTER) this.page = this.newPage();
      this.y -= size * 1.3;
      this.page.drawText(line, { x: MARGIN + indent, y: this.y, size, font, color: rgb(0.1, 0.1, 0.1) });
    }
  }

  /**
   * Room for a drawing (a chart) of this height across the text's width, on a new page if this one
   * has not enough left: where to draw it, its top edge in PDF points (y grows upwards).
   */
  reserve(height: number): { page: PDFPage; x: number; top: number; width: number } {
    this.y -= SPACE_BEFORE.heading;
    if (this.y - height < MARGIN + FOOTER) this.page = this.newPage();
    const top = this.y;
    this.y -= height;
    return { page: this.page, x: MARGIN, top, width: A4[0] - 2 * MARGIN };
  }

  /** The width text and drawings are laid out in. */
  get width(): number {
    return A4[0] - 2 * MARGIN;
  }

  gap(points: number): void {
    this.y -= points;
  }

  /** The same small line at the foot of every page (its number, say), once all pages are laid out. */
  footer(textOf: (page: number, pages: number) => string): void {
    this.pages.forEach((page, i) => {
      page.drawText(this.writable(textOf(i + 1, this.pages.length)), { x: MARGIN, y: FOOTER, size: SIZES.small, font: this.fonts.regular, color: rgb(0.35, 0.35, 0.35) });
    });
  }

  private newPage(): PDFPage {
    const page = this.doc.addPage(A4);
    this.pages.push(page);
    this.y = A4[1] - MARGIN;
    return page;
  }

  private writable(text: string): string {
    return [...text.replace(/\p{Zs}/gu, ' ').replace(/[\r\n\t]+/g, ' ')]
      .map((ch) => {
        if (this.encodable.has(ch.codePointAt(0)!)) return ch;
        const bare = ch.normalize('NFD').replace(/\p{M}/gu, '');
        return bare && [...bare].every((c) => this.encodable.has(c.codePointAt(0)!)) ? bare : '?';
      })
      .join('');
  }
}

/** Greedy wrapping on spaces; a word wider than the line is cut where it must be. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (font.widthOfTextAtSize(line, size) > width) {
      let cut = line.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}
