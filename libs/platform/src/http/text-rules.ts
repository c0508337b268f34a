import 'reflect-metadata';
import type { FieldProblem } from './validation';

const MULTI_LINE = 'homeward:multi-line';

/**
 * Marks a text property written as free text (notes, summaries, reasons, plans): the only
 * fields where line breaks and tabs are taken. Every other text stays on one line.
 * On an array of strings it covers each item.
 */
export const MultiLine = (): PropertyDecorator => (target, property) => Reflect.defineMetadata(MULTI_LINE, true, target, property);

export const isMultiLine = (holder: object, property: string): boolean => Reflect.getMetadata(MULTI_LINE, holder, property) === true;

interface TextRule {
  constraint: string;
  pattern: RegExp;
  /** The characters it refuses, as the body of a regular-expression class, for the API description. */
  characters: string;
  /** Allowed in the fields marked @MultiLine. */
  freeTextOnly?: boolean;
  en: string;
  fr: string;
}

/*
 * Characters no text of ours holds: PostgreSQL refuses NUL and lone surrogates in jsonb (the append
 * would fail), control characters corrupt logs and exports, and bidirectional overrides make a
 * name read differently from what it is (U+202E turns "Awa" into what looks like another name).
 */
const RULES: TextRule[] = [
  {
    constraint: 'noControlCharacters',
    // C0 but tab, line feed and carriage return; DEL; C1.
    pattern: /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/,
    characters: '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F',
    en: 'must not contain control characters',
    fr: 'ne doit pas contenir de caractères de contrôle',
  },
  {
    constraint: 'singleLine',
    pattern: /[\t\n\r\u2028\u2029]/,
    characters: '\\t\\n\\r\\u2028\\u2029',
    freeTextOnly: true,
    en: 'must be on one line, without line breaks or tabs',
    fr: 'doit tenir sur une ligne, sans saut de ligne ni tabulation',
  },
  {
    constraint: 'noBidiControls',
    pattern: /[\u202A-\u202E\u2066-\u2069]/,
    characters: '\\u202A-\\u202E\\u2066-\\u2069',
    en: 'must not contain bidirectional formatting characters',
    fr: 'ne doit pas contenir de caractères de mise en forme bidirectionnelle',
  },
  {
    constraint: 'noLoneSurrogates',
    // Without the u flag the pattern sees UTF-16 code units: a surrogate not part of a pair.
    pattern: /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
    // A JSON Schema pattern reads code points, where a lone half is no character at all (and the
    // engines refuse the range): the description cannot say it, the pipe still refuses it.
    characters: '',
    en: 'must not contain a lone UTF-16 surrogate',
    fr: 'ne doit pas contenir de demi-codet UTF-16 isolé',
  },
  {
    constraint: 'noNoncharacters',
    pattern: /[\uFFFE\uFFFF]/,
    characters: '\\uFFFE\\uFFFF',
    en: 'must not contain the noncharacters U+FFFE or U+FFFF',
    fr: 'ne doit pas contenir les non-caractères U+FFFE ou U+FFFF',
  },
];

const BLANK = /^\s+$/;
/** What JavaScript's \s matches (ECMA-262 WhiteSpace and LineTerminator), spelled out: other regex engines differ. */
const SPACES = '\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF';

/**
 * The same rules as one JSON Schema `pattern` (no lookaround, so any engine reads it): none of the
 * refused characters, and not only spaces (the empty string is for minLength to refuse).
 */
export function textPattern(multiLine: boolean): string {
  const refused = RULES.filter((rule) => !(rule.freeTextOnly && multiLine))
    .map((rule) => rule.characters)
    .join('');
  return `^(?:[^${refused}]*[^${refused}${SPACES}][^${refused}]*)?$`;
}

const codePoint = (unit: string) => `U+${unit.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The problems of one string, without the field: at most one per rule, naming the first offending character. */
export function stringProblems(text: string, multiLine: boolean): Omit<FieldProblem, 'field'>[] {
  const found: Omit<FieldProblem, 'field'>[] = [];
  for (const rule of RULES) {
    if (rule.freeTextOnly && multiLine) continue;
    const match = rule.pattern.exec(text);
    if (match) found.push({ constraint: rule.constraint, message: `${rule.en} (${codePoint(match[0])})`, fr: `${rule.fr} (${codePoint(match[0])})` });
  }
  if (BLANK.test(text)) found.push({ constraint: 'notBlank', message: 'must not be blank', fr: "ne doit pas être composé uniquement d'espaces" });
  return found;
}

/**
 * Every string in a request after class-transformer has built it, at any depth and in arrays,
 * with the dotted path of its field: DTO instances carry their classes, so @MultiLine is read
 * where it was declared, nested DTOs and inherited properties included.
 */
export function textProblems(value: unknown, path = '', multiLine = false): FieldProblem[] {
  if (typeof value === 'string') {
    const name = path.split('.').filter((part) => !/^\d+$/.test(part)).pop() || 'body';
    return stringProblems(value, multiLine).map((p) => ({ ...p, field: path || 'body', message: `${name} ${p.message}` }));
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => textProblems(item, join(path, String(i)), multiLine));
  if (value === null || typeof value !== 'object') return [];
  return Object.keys(value).flatMap((key) =>
    textProblems((value as Record<string, unknown>)[key], join(path, key), isMultiLine(value, key)),
  );
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
