import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import request from 'supertest';

/**
 * The classes of input that once answered 500: text no field holds (control characters, bidi
 * controls, lone surrogates), JSON nested deeper than the parser takes, bodies that do not match
 * their Content-Encoding, and bytes that are not UTF-8. Shared by the e2e and fuzz tests.
 */

/** Characters refused in every text field, free text included. */
export const SURELY_BAD_CHARS = [
  '\u0000', '\u0001', '\u0007', '\u0008', '\u000B', '\u000C', '\u001B', '\u001F', '\u007F', '\u0085', '\u009F',
  '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069',
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFFFE', '\uFFFF',
];

/** Taken in free text (@MultiLine), refused elsewhere. */
export const LINE_BREAKS = ['\t', '\n', '\r', '\r\n', '\u2028', '\u2029'];

export const MAX_JSON_DEPTH = 32;

/** Every string in a form, by the dotted path a 400 names it with (list items by index). */
export function stringPaths(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, join(path, String(i))));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, v]) => stringPaths(v, join(path, key)));
  return [];
}

/** A copy of the form with the value at a dotted path changed. */
export function withValueAt(form: unknown, path: string, change: (value: string) => string): unknown {
  const copy = structuredClone(form) as Record<string, unknown>;
  const keys = path.split('.');
  let holder: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) holder = holder[key] as Record<string, unknown>;
  const last = keys[keys.length - 1];
  holder[last] = change(holder[last] as string);
  return copy;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** Inserts text at a position of a string (clamped): at the start, inside or at the end. */
export const insertAt = (text: string, insert: string, position: number) => {
  const at = Math.min(Math.max(position, 0), text.length);
  return text.slice(0, at) + insert + text.slice(at);
};

const PLACEHOLDER = '\u0001placeholder\u0001';

/** The form's JSON with its first field (or a field x) replaced by raw JSON text. */
function withRawField(form: object, raw: string): string {
  const [key = 'x'] = Object.keys(form);
  return JSON.stringify({ ...form, [key]: PLACEHOLDER }).replace(JSON.stringify(PLACEHOLDER), raw);
}

/** Raw JSON text with arrays (or objects) nested `depth` levels, in the form's first field. */
export function nestedJson(form: object, depth: number, kind: 'array' | 'object' = 'array'): string {
  const inner = kind === 'array' ? `${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}` : `${'{"a":'.repeat(depth - 1)}1${'}'.repeat(depth - 1)}`;
  return withRawField(form, inner);
}

/** Byte sequences that are not UTF-8: a stray 0xFF, an overlong NUL, a lone continuation, a truncated sequence, an encoded surrogate. */
export const INVALID_UTF8 = [[0xff], [0xfe], [0xc0, 0x80], [0x80], [0xbf], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]].map((b) => Buffer.from(b));

/** The form's JSON with invalid bytes inside a string, in its first field. */
export function withInvalidUtf8(form: object, bad: Buffer): Buffer {
  const [before, after] = withRawField(form, '"x\u0001"').split('\u0001');
  return Buffer.concat([Buffer.from(before), bad, Buffer.from(after)]);
}

export interface EncodedBody {
  label: string;
  encoding: string;
  bytes: Buffer;
  /** 415 for an encoding we do not read, 400 for a body that does not decode as it says. */
  status: 400 | 415;
}

/** A body whose bytes do not match its Content-Encoding, or an encoding we do not read. */
export const mismatchedEncodings = (form: object): fc.Arbitrary<EncodedBody> => {
  const json = Buffer.from(JSON.stringify(form));
  const gzipped = gzipSync(json);
  return fc.oneof(
    fc.constantFrom('gzip', 'deflate', 'br', 'GZIP').map((encoding): EncodedBody => ({ label: `plain as ${encoding}`, encoding, bytes: json, status: 400 })),
    fc.integer({ min: 1, max: Math.max(1, gzipped.length - 9) }).map((cut): EncodedBody => ({ label: `gzip cut at ${cut}`, encoding: 'gzip', bytes: gzipped.subarray(0, cut), status: 400 })),
    fc.constant<EncodedBody>({ label: 'gzip as deflate', encoding: 'deflate', bytes: gzipped, status: 400 }),
    fc.uint8Array({ minLength: 1, maxLength: 64 }).map((noise): EncodedBody => ({ label: 'noise as gzip', encoding: 'gzip', bytes: Buffer.concat([Buffer.from([0x1f, 0x8b]), noise]), status: 400 })),
    fc.constantFrom('compress', 'x-foo', 'gzip, br', 'identity;q=0', 'zstd-nope').map((encoding): EncodedBody => ({ label: `unknown ${encoding}`, encoding, bytes: json, status: 415 })),
  );
};

/** Sends raw bytes as JSON, byte for byte (supertest would serialise a Buffer as an object). */
export function sendRaw(server: unknown, method: 'post' | 'get', path: string, bytes: Buffer | string, headers: Record<string, string> = {}) {
  return request(server as Parameters<typeof request>[0])
    [method](path)
    .set({ 'Content-Type': 'application/json', ...headers })
    .serialize((b: unknown) => b as string)
    .send(bytes as unknown as string);
}

/** A string with one surely-bad character somewhere in it. */
export const textWithBadChar = (around: string) =>
  fc.record({ char: fc.constantFrom(...SURELY_BAD_CHARS), at: fc.nat({ max: around.length }) }).map(({ char, at }) => insertAt(around, char, at));

/** Any character at all, the hostile ones often: for noise and near-misses whose answer may be a 201. */
export const hostileUnit = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...SURELY_BAD_CHARS, ...LINE_BREAKS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
);

/** The form with any hostile character inserted into one of its strings. */
export function withHostileText(form: object): fc.Arbitrary<unknown> {
  const paths = stringPaths(form);
  if (!paths.length) return fc.constant(form);
  return fc
    .record({ path: fc.constantFrom(...paths), text: fc.string({ unit: hostileUnit, minLength: 1, maxLength: 4 }), at: fc.nat({ max: 40 }) })
    .map(({ path, text, at }) => withValueAt(form, path, (v) => insertAt(v, text, at)));
}

export interface RawAttempt {
  label: string;
  bytes: Buffer | string;
  headers: Record<string, string>;
  status: 400 | 415;
  /** The field the refusal must name. */
  field: string;
}

/** Input surely refused, with the field the refusal names: for the form of an endpoint, or for one that takes no body. */
export function surelyBadBodies(form: object | undefined): fc.Arbitrary<RawAttempt> {
  const base = form ?? {};
  const body = (label: string, bytes: Buffer | string, status: 400 | 415 = 400, headers: Record<string, string> = {}): RawAttempt => ({ label, bytes, headers, status, field: 'body' });
  const classes: fc.Arbitrary<RawAttempt>[] = [
    fc.record({ depth: fc.integer({ min: MAX_JSON_DEPTH + 1, max: 3000 }), kind: fc.constantFrom<'array' | 'object'>('array', 'object') })
      .map(({ depth, kind }) => body(`nested ${depth} (${kind})`, nestedJson(base, depth, kind))),
    mismatchedEncodings(base).map((e) => body(e.label, e.bytes, e.status, { 'Content-Encoding': e.encoding })),
    fc.constantFrom(...INVALID_UTF8).map((bad) => body(`invalid UTF-8 ${bad.toString('hex')}`, withInvalidUtf8(base, bad))),
  ];
  const paths = form ? stringPaths(form) : [];
  if (paths.length) {
    classes.push(
      fc.record({ path: fc.constantFrom(...paths), char: fc.constantFrom(...SURELY_BAD_CHARS), at: fc.nat({ max: 40 }) }).map(({ path, char, at }) => ({
        label: `U+${char.charCodeAt(0).toString(16)} in ${path}`,
        bytes: JSON.stringify(withValueAt(form, path, (v) => insertAt(v, char, at))),
        headers: {},
        status: 400 as const,
        field: path,
      })),
    );
  }
  if (!form) {
    // A handler that takes no body refuses any that is not empty.
    classes.push(fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }).filter((k) => !['__proto__', 'constructor', 'prototype'].includes(k)), fc.jsonValue({ maxDepth: 3 }), { minKeys: 1, maxKeys: 4 })
      .map((extra) => body('a body where none is taken', JSON.stringify(extra))));
  }
  return fc.oneof(...classes);
}
