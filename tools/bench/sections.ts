/**
 * BENCHMARKS.md is shared by several benches: the store bench writes the document's body, every other
 * bench owns one `## ` section of it, so `npm run bench -- <name>` rewrites its own figures and keeps
 * the others' as they were measured.
 */

/** The section under `heading` (up to the next `## `), if the document has one. */
export function sectionOf(document: string, heading: string): string[] | null {
  const { start, end } = boundsOf(document, heading);
  return start < 0 ? null : document.slice(start, end).replace(/\n*$/, '\n').split('\n');
}

/** The document with the section under `heading` replaced (or added at the end), the rest as it was. */
export function withSection(document: string, heading: string, section: string[]): string {
  const { start, end } = boundsOf(document, heading);
  if (start < 0) return `${document.replace(/\n*$/, '\n\n')}${section.join('\n')}`;
  // One blank line before the next section, however the section ends: a section kept as it was stays as it was.
  const rest = document.slice(end);
  return `${document.slice(0, start)}${section.join('\n').replace(/\n*$/, '\n')}${rest ? '\n' : ''}${rest}`;
}

function boundsOf(document: string, heading: string): { start: number; end: number } {
  const start = document.startsWith(`${heading}\n`) ? 0 : document.indexOf(`\n${heading}\n`) + 1 || -1;
  const next = start < 0 ? -1 : document.indexOf('\n## ', start + heading.length);
  return { start, end: next < 0 ? document.length : next + 1 };
}
