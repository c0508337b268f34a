import { Readable } from 'node:stream';
import { deflateSync, gzipSync } from 'node:zlib';
import type { Request, Response } from 'express';
import type { Logger } from '../observability/logger';
import { jsonBody, MAX_JSON_DEPTH } from './json-body.middleware';

interface Answer {
  status: number;
  language?: string;
  body: { code: string; message: string; errors: { field: string; message: string }[] };
}

const logged: { level: string; message: string; fields?: unknown }[] = [];
const logger = {
  info: (message: string, fields?: unknown) => logged.push({ level: 'info', message, fields }),
  warn: (message: string, fields?: unknown) => logged.push({ level: 'warn', message, fields }),
  error: (message: string, fields?: unknown) => logged.push({ level: 'error', message, fields }),
} as unknown as Logger;

/** Sends a raw body through the middleware; resolves with what it answered, or 'next' if it let the request through. */
function send(raw: string | Buffer, headers: Record<string, string> = {}): Promise<Answer | 'next'> {
  const bytes = Buffer.isBuffer(raw) ? raw : Buffer.from(raw);
  const req = Object.assign(Readable.from([bytes]), {
    method: 'POST',
    path: '/cases',
    headers: { 'content-type': 'application/json', 'content-length': String(bytes.length), ...Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v])) },
  }) as unknown as Request;
  return new Promise((resolve, reject) => {
    let language: string | undefined;
    const res = {
      setHeader: (name: string, value: string) => name === 'Content-Language' && (language = value),
      status: (status: number) => ({ json: (body: Answer['body']) => resolve({ status, language, body }) }),
    } as unknown as Response;
    jsonBody('1kb', logger)(req, res, (error?: unknown) => (error ? reject(error) : resolve('next')));
  });
}

const nested = (depth: number) => `{"a":${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`;

describe('Bodies the parser cannot read are refused before any DTO, in the caller\'s language', () => {
  beforeEach(() => (logged.length = 0));

  it('lets a readable body through, compressed or not', async () => {
    expect(await send('{"a":1}')).toBe('next');
    expect(await send(gzipSync('{"a":"Thiès"}'), { 'Content-Encoding': 'gzip' })).toBe('next');
    expect(await send(deflateSync('{"a":1}'), { 'Content-Encoding': 'deflate' })).toBe('next');
    expect(await send('{"a":1}', { 'Content-Type': 'application/json; charset=UTF-8' })).toBe('next');
  });

  it('names the body as the field at fault, in English by default and in French when asked', async () => {
    expect(await send('{"a":', { 'Accept-Language': 'en' })).toEqual({ status: 400, language: 'en', body: expect.objectContaining({ message: 'body: is not valid JSON' }) });
    expect(await send('{"a":', { 'Accept-Language': 'fr-FR' })).toEqual({ status: 400, language: 'fr', body: expect.objectContaining({ message: "body: n'est pas du JSON valide" }) });
    expect(await send(`{"a":"${'x'.repeat(2000)}"}`, { 'Accept-Language': 'fr' })).toMatchObject({ status: 400, body: { message: 'body: dépasse 1024 octets' } });
  });

  describe('nesting', () => {
    it(`takes ${MAX_JSON_DEPTH} levels, and brackets inside strings do not count`, async () => {
      expect(await send(nested(MAX_JSON_DEPTH))).toBe('next');
      expect(await send(`{"a":"${'[{'.repeat(200)}\\"${'['.repeat(100)}"}`)).toBe('next');
    });

    it('refuses one level more, and the 2,000 levels that overflowed the stack, before parsing', async () => {
      for (const depth of [MAX_JSON_DEPTH + 1, 400]) {
        expect(await send(nested(depth))).toEqual({
          status: 400,
          language: 'en',
          body: expect.objectContaining({ code: 'INVALID_INPUT', errors: [{ field: 'body', message: `is nested more than ${MAX_JSON_DEPTH} levels deep` }] }),
        });
      }
      expect(await send(nested(MAX_JSON_DEPTH + 1), { 'Accept-Language': 'fr' })).toMatchObject({ body: { message: `body: est imbriqué sur plus de ${MAX_JSON_DEPTH} niveaux` } });
    });
  });

  describe('encodings', () => {
    it.each([
      ['a plain body sent as gzip', Buffer.from('{"a":1}'), 'gzip'],
      ['a truncated gzip stream', gzipSync('{"a":"a longer value to compress"}').subarray(0, 12), 'gzip'],
      ['a gzip body sent as deflate', gzipSync('{"a":1}'), 'deflate'],
      ['a plain body sent as br', Buffer.from('{"a":1}'), 'br'],
    ])('refuses %s with a 400 naming the body', async (_case, raw, encoding) => {
      expect(await send(raw, { 'Content-Encoding': encoding })).toEqual({
        status: 400,
        language: 'en',
        body: expect.objectContaining({ code: 'INVALID_INPUT', errors: [{ field: 'body', message: `could not be decoded as its Content-Encoding says (${encoding})` }] }),
      });
    });

    it('answers an encoding it does not know with 415, naming the body, in French too', async () => {
      expect(await send('{"a":1}', { 'Content-Encoding': 'compress' })).toEqual({
        status: 415,
        language: 'en',
        body: expect.objectContaining({ statusCode: 415, code: 'UNSUPPORTED_MEDIA_TYPE', errors: [{ field: 'body', message: expect.stringContaining('unsupported Content-Encoding (compress)') }] }),
      });
      expect(await send('{"a":1}', { 'Content-Encoding': 'compress', 'Accept-Language': 'fr' })).toMatchObject({ status: 415, body: { message: expect.stringContaining('non pris en charge (compress)') } });
    });

    it('refuses invalid UTF-8 instead of storing U+FFFD in its place', async () => {
      for (const bad of [[0xff], [0xc0, 0x80], [0x80], [0xe2, 0x82], [0xed, 0xa0, 0x80]]) {
        const raw = Buffer.concat([Buffer.from('{"a":"x'), Buffer.from(bad), Buffer.from('"}')]);
        expect(await send(raw)).toMatchObject({ status: 400, body: { errors: [{ field: 'body', message: 'is not valid UTF-8' }] } });
      }
    });

    it('answers a charset other than UTF-8 with 415 (RFC 8259: JSON is UTF-8)', async () => {
      const raw = Buffer.from('{"a":1}', 'utf16le');
      expect(await send(raw, { 'Content-Type': 'application/json; charset=utf-16le' })).toMatchObject({ status: 415, body: { errors: [{ field: 'body', message: 'is in charset utf-16le; JSON bodies must be UTF-8' }] } });
      expect(await send('{"a":1}', { 'Content-Type': 'application/json; charset=latin1' })).toMatchObject({ status: 415, body: { errors: [{ field: 'body' }] } });
    });

    it('logs each refusal as the client\'s mistake: one line at info, without a stack', async () => {
      await send('{"a":1}', { 'Content-Encoding': 'gzip' });
      expect(logged).toEqual([{ level: 'info', message: 'request body refused', fields: { status: 400, reason: 'encoding.mismatch', method: 'POST', path: '/cases' } }]);
    });
  });
});
