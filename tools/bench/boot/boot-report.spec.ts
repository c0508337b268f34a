import { BOOT_HEADING, bootSectionOf, withBootSection } from './boot-report';

const section = (figure: string) => [BOOT_HEADING, '', `ready in ${figure}`, ''];

describe('The embedded-start section of BENCHMARKS.md', () => {
  const document = ['# Benchmarks', '', '## Results', '', 'append figures', '', '## Intake', '', 'intake figures', ''].join('\n');

  it('is added at the end of a document that has none', () => {
    const written = withBootSection(document, section('3 s'));
    expect(written.startsWith(document.trimEnd())).toBe(true);
    expect(bootSectionOf(written)).toEqual(section('3 s'));
  });

  it('replaces only itself, wherever it stands, and the sections after it stay', () => {
    const middle = document.replace('## Intake', `${section('9 s').join('\n')}\n## Intake`);
    const written = withBootSection(middle, section('3 s'));
    expect(written).toContain('append figures');
    expect(written).toContain('## Intake\n\nintake figures');
    expect(written).not.toContain('9 s');
    expect(bootSectionOf(written)).toEqual(section('3 s'));
  });

  it('is absent from a document without it', () => {
    expect(bootSectionOf(document)).toBeNull();
  });
});
