import { degrees, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import type { RenderedChart, SceneNode } from '../charts/render-chart';

interface Frame {
  page: PDFPage;
  fonts: { regular: PDFFont; bold: PDFFont };
  /** Chart units to PDF points. */
  scale: number;
  /** Where the chart's top-left corner is on the page, in PDF points (y grows upwards). */
  left: number;
  top: number;
}
type Item = SceneNode & Record<string, unknown>;

/**
 * Draws a chart laid out by vega into a PDF page, as vectors, mark by mark from its scenegraph:
 * lines, rules, points, rectangles and text in the PDF's standard Helvetica. Chosen over rasterising
 * the SVG because a raster needs a font file at run time (the machine may have none, and the one font
 * in node_modules comes with a development dependency), and because the chart's words stay text.
 */
export function drawChart(page: PDFPage, chart: RenderedChart, fonts: Frame['fonts'], at: { left: number; top: number; width: number }): number {
  const scale = Math.min(1, at.width / chart.width);
  const frame: Frame = { page, fonts, scale, left: at.left, top: at.top };
  drawMark(frame, chart.scene, chart.origin[0], chart.origin[1]);
  return chart.height * scale;
}

function drawMark(frame: Frame, mark: SceneNode, dx: number, dy: number): void {
  const items = (mark.items ?? []) as Item[];
  switch (mark.marktype) {
    case 'group':
      for (const group of items) {
        const [x, y] = [dx + num(group.x), dy + num(group.y)];
        rect(frame, group, x, y);
        for (const child of (group.items ?? []) as SceneNode[]) drawMark(frame, child, x, y);
      }
      return;
    case 'rule':
      for (const r of items) line(frame, r, [[dx + num(r.x), dy + num(r.y)], [dx + num(r.x2 ?? r.x), dy + num(r.y2 ?? r.y)]]);
      return;
    case 'line':
      if (items.length > 1) line(frame, items[0], items.filter((p) => p.defined !== false).map((p) => [dx + num(p.x), dy + num(p.y)]));
      return;
    case 'symbol':
      for (const s of items) symbol(frame, s, dx + num(s.x), dy + num(s.y));
      return;
    case 'rect':
      for (const r of items) rect(frame, r, dx + num(r.x), dy + num(r.y));
      return;
    case 'text':
      for (const t of items) text(frame, t, dx + num(t.x), dy + num(t.y));
      return;
    default:
      // Areas, arcs and free paths: no chart of the report uses them.
      return;
  }
}

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const opacityOf = (item: Item): number => (item.opacity === undefined ? 1 : num(item.opacity));
const point = (f: Frame, x: number, y: number) => ({ x: f.left + x * f.scale, y: f.top - y * f.scale });

function line(f: Frame, style: Item, points: Array<[number, number]>): void {
  const color = colour(style.stroke);
  if (!color || opacityOf(style) === 0) return;
  // [1, 0] is vega's way of saying "solid".
  const dashes = Array.isArray(style.strokeDash) ? (style.strokeDash as number[]) : [];
  const dash = dashes.length > 1 && dashes[1] > 0 ? dashes.map((d) => d * f.scale) : undefined;
  for (let i = 1; i < points.length; i++) {
    f.page.drawLine({ start: point(f, ...points[i - 1]), end: point(f, ...points[i]), thickness: num(style.strokeWidth ?? 1) * f.scale, color, opacity: opacityOf(style), ...(dash ? { dashArray: dash } : {}) });
  }
}

function symbol(f: Frame, s: Item, x: number, y: number): void {
  const fill = colour(s.fill);
  const stroke = colour(s.stroke);
  if ((!fill && !stroke) || opacityOf(s) === 0) return;
  // Vega sizes a symbol by its area; every symbol here is drawn as the circle the charts ask for.
  const radius = Math.sqrt(num(s.size ?? 64) / Math.PI) * f.scale;
  f.page.drawCircle({ ...point(f, x, y), size: radius, ...(fill ? { color: fill, opacity: opacityOf(s) } : {}), ...(stroke ? { borderColor: stroke, borderWidth: num(s.strokeWidth ?? 1) * f.scale * 0.5 } : {}) });
}

function rect(f: Frame, r: Item, x: number, y: number): void {
  const fill = colour(r.fill);
  const stroke = colour(r.stroke);
  const [width, height] = [num(r.width ?? (r.x2 === undefined ? 0 : num(r.x2) - num(r.x))), num(r.height ?? (r.y2 === undefined ? 0 : num(r.y2) - num(r.y)))];
  if ((!fill && !stroke) || width <= 0 || height <= 0) return;
  const corner = point(f, x, y + height);
  f.page.drawRectangle({ ...corner, width: width * f.scale, height: height * f.scale, ...(fill ? { color: fill } : {}), ...(stroke ? { borderColor: stroke, borderWidth: f.scale } : {}) });
}

function text(f: Frame, t: Item, x: number, y: number): void {
  const color = colour(t.fill) ?? rgb(0, 0, 0);
  // Vega hides labels that would overlap by making them transparent.
  if (opacityOf(t) === 0 || typeof t.text !== 'string' || !t.text) return;
  const font = t.fontWeight === 'bold' ? f.fonts.bold : f.fonts.regular;
  const size = num(t.fontSize ?? 11);
  const words = writable(t.text, font);
  const width = font.widthOfTextAtSize(words, size);
  const along = t.align === 'center' ? -width / 2 : t.align === 'right' ? -width : 0;
  const across = t.baseline === 'top' ? size * 0.75 : t.baseline === 'middle' ? size * 0.35 : t.baseline === 'bottom' ? -size * 0.2 : 0;
  const angle = (num(t.angle) * Math.PI) / 180;
  // Offsets along and across the text's direction, turned with it (vega's angles turn clockwise on screen).
  const [ox, oy] = [along * Math.cos(angle) - across * Math.sin(angle), along * Math.sin(angle) + across * Math.cos(angle)];
  const at = point(f, x + num(t.dx) + ox, y + num(t.dy) + oy);
  f.page.drawText(words, { ...at, size: size * f.scale, font, color, rotate: degrees(-num(t.angle)) });
}

/** Helvetica speaks WinAnsi only: vega's minus sign becomes a hyphen, an accent the font lacks is dropped. */
function writable(words: string, font: PDFFont): string {
  const known = new Set(font.getCharacterSet());
  return [...words.replace(/\u2212/g, '-')].map((ch) => (known.has(ch.codePointAt(0)!) ? ch : ch.normalize('NFD').replace(/\p{M}/gu, '') || '?')).join('');
}

const NAMED: Record<string, [number, number, number]> = { black: [0, 0, 0], white: [255, 255, 255], gray: [128, 128, 128], grey: [128, 128, 128] };

/** A CSS colour as vega writes it (#rgb, #rrggbb, a few names); none for transparent or unset. */
function colour(value: unknown): RGB | undefined {
  if (typeof value !== 'string' || value === 'transparent' || value === 'none') return undefined;
  const named = NAMED[value];
  if (named) return rgb(named[0] / 255, named[1] / 255, named[2] / 255);
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value)?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return rgb(parseInt(full.slice(0, 2), 16) / 255, parseInt(full.slice(2, 4), 16) / 255, parseInt(full.slice(4, 6), 16) / 255);
}
