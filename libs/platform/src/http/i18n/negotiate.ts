/** The languages the API answers in; the first is the default. */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

interface LanguageRange {
  /** Primary subtag ("fr" for fr-CA), or "*". */
  tag: string;
  q: number;
  position: number;
}

/**
 * Picks the language of a response from an Accept-Language header (RFC 9110 §12.5.4).
 * A regional range counts for its language (fr-CA asks for French), "*" covers every language
 * not named, q=0 refuses one, and equal weights go to the range the caller wrote first.
 * When nothing we speak is acceptable we still answer, in the default.
 */
export function negotiateLanguage(acceptLanguage: string | string[] | undefined): Language {
  const ranges = parse([acceptLanguage ?? []].flat().join(','));
  let best: { language: Language; q: number; position: number } = { language: LANGUAGES[0], q: 0, position: Infinity };
  for (const language of LANGUAGES) {
    const named = ranges.filter((r) => r.tag === language);
    const chosen = named.length ? named.reduce((a, b) => (b.q > a.q ? b : a)) : ranges.find((r) => r.tag === '*');
    if (chosen && (chosen.q > best.q || (chosen.q === best.q && chosen.q > 0 && chosen.position < best.position))) {
      best = { language, q: chosen.q, position: chosen.position };
    }
  }
  return best.language;
}

const QVALUE = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/;

function parse(header: string): LanguageRange[] {
  return header
    .split(',')
    .map((part, position) => {
      const [range, ...params] = part.split(';').map((s) => s.trim());
      const weight = params.find((p) => /^q=/i.test(p));
      const q = weight === undefined ? 1 : QVALUE.test(weight.slice(2)) ? Number(weight.slice(2)) : NaN;
      return { tag: range.toLowerCase().split('-')[0], q, position };
    })
    // A range we cannot read is ignored rather than guessed at.
    .filter((r) => r.tag !== '' && !Number.isNaN(r.q));
}
