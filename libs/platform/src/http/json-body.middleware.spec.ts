import { Readable } from 'node:stream';
import type { Request, Response } from 'express';
import { jsonBody } from './json-body.middleware';

/** Sends a raw body through the middleware; resolves with what it answered, or 'next' if it let the request through. */
function send(raw: string, acceptLanguage?: string): Promise<{ status: number; language?: string; body: { message: string } } | 'next'> {
  const req = Object.assign(Readable.from([Buffer.from(raw)]), {
    headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(raw)), ...(acceptLanguage && { 'accept-language': acceptLanguage }) },
  }) as unknown as Request;
  return new Promise((resolve, reject) => {
    let language: string | undefined;
    const res = {
      setHeader: (name: string, value: string) => name === 'Content-Language' && (language = value),
      status: (status: number) => ({ json: (body: { message: string }) => resolve({ status, language, body }) }),
    } as unknown as Response;
    jsonBody('16b')(req, res, (error?: unknown) => (error ? reject(error) : resolve('next')));
  });
}

describe('Bodies the parser cannot read are refused before any DTO, in the caller\'s language', () => {
  it('lets a readable body through', async () => {
    expect(await send('{"a":1}')).toBe('next');
  });

  it('names the body as the field at fault, in English by default and in French when asked', async () => {
    expect(await send('{"a":', 'en')).toEqual({ status: 400, language: 'en', body: expect.objectContaining({ message: 'body: is not valid JSON' }) });
    expect(await send('{"a":', 'fr-FR')).toEqual({ status: 400, language: 'fr', body: expect.objectContaining({ message: "body: n'est pas du JSON valide" }) });
    expect(await send(`{"a":"${'x'.repeat(20)}"}`, 'fr')).toMatchObject({ status: 400, body: { message: 'body: dépasse 16 octets' } });
  });
});
