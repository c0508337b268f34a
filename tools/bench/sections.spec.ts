import { sectionOf, withSection } from './sections';

const HEADING = '## Embedded start (`npm start`)';
const section = (figure: string) => [HEADING, '', `ready in ${figure}`, ''];

describe('A bench-owned section of BENCHMARKS.md', () => {
  const document = ['# Benchmarks', '', '## Results', '', 'append figures', '', '## Intake', '', 'intake figures', ''].join('\n');

  it('is added at the end of a document that has none', () => {
    const written = withSection(document, HEADING, section('3 s'));
    expect(written.startsWith(document.trimEnd())).toBe(true);
    expect(sectionOf(written, HEADING)).toEqual(section('3 s'));
  });

  it('replaces only itself, wherever it stands, and the sections after it stay', () => {
    const middle = document.replace('## Intake', `${section('9 s').join('\n')}\n## Intake`);
    const written = withSection(middle, HEADING, section('3 s'));
    expect(written).toContain('append figures');
    expect(written).toContain('## Intake\n\nintake figures');
    expect(written).not.toContain('9 s');
    expect(sectionOf(written, HEADING)).toEqual(section('3 s'));
  });

  it('kept as it was, leaves the document as it was: a blank line still stands before the next section', () => {
    const middle = ['# Benchmarks', '', section('9 s').join('\n'), '## Intake', '', 'intake figures', ''].join('\n');
    const kept = withSection(middle, HEADING, sectionOf(middle, HEADING)!);
    expect(kept).toBe(middle);
    expect(withSection(kept, HEADING, sectionOf(kept, HEADING)!)).toBe(middle);
  });

  it('is found by its whole heading, not by a heading that begins the same way', () => {
    const longer = document.replace('## Intake', '## Embedded start (`npm start`) with more\n\nother\n\n## Intake');
    expect(sectionOf(longer, HEADING)).toBeNull();
  });

  it('is absent from a document without it', () => {
    expect(sectionOf(document, HEADING)).toBeNull();
  });
});
