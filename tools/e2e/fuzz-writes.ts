import fc from 'fast-check';
import request, { type Response } from 'supertest';
import type { RunningService } from '@homeward/platform';
import { hostileUnit, sendRaw, withHostileText, type RawAttempt } from './hostile-input';

/*
 * The fuzz specs' one loop, for every service's writes: random bodies, from noise to near-misses of
 * a form the endpoint accepts, each sent; never a 5xx; a refusal is a 4xx that appends nothing, and a
 * 400 of ours names the field. Each spec says which endpoints, on what state, and what else it checks.
 */

export interface BodyOptions {
  /** The form with one of its values changed: its top-level fields by default (a spec may reach nested ones). */
  replaced?: (form: object) => fc.Arbitrary<unknown>;
  /** Keys a bag of the right keys may hold beyond the form's own. */
  strayKeys?: string[];
}

/** One top-level field of the form given any JSON value (or what `value` makes). */
export const replacedField =
  (value: fc.Arbitrary<unknown> = fc.jsonValue({ stringUnit: hostileUnit })) =>
  (form: object): fc.Arbitrary<unknown> =>
    fc.record({ key: fc.constantFrom(...Object.keys(form)), value }).map(({ key, value: v }) => ({ ...form, [key]: v }));

/**
 * Noise, bags of the right keys, and near-misses of a valid form: one field replaced or dropped, or
 * hostile characters in one of its strings; the form itself too. A form with no fields gets noise only.
 */
export function randomBodies(valid: object = {}, { replaced = replacedField(), strayKeys = [] }: BodyOptions = {}): fc.Arbitrary<unknown> {
  const keys = Object.keys(valid);
  const noise = [
    fc.anything(),
    fc.anything({ stringUnit: hostileUnit }),
    fc.object(),
    fc.dictionary(fc.constantFrom(...keys, 'extra', '__proto__', ...strayKeys), fc.jsonValue({ stringUnit: hostileUnit })),
  ];
  if (!keys.length) return fc.oneof(...noise);
  const dropped = fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key)));
  return fc.oneof(...noise, replaced(valid), dropped, withHostileText(valid), fc.constant(valid));
}

export interface WriteAttempt {
  path: string;
  body: unknown;
}

export interface WriteFuzz {
  method?: 'post' | 'put';
  token: string;
  /** Where each request goes and what it carries: `bodies.map((body) => ({ path, body }))` for one path. */
  attempts: fc.Arbitrary<WriteAttempt>;
  numRuns: number;
  /** What the spec checks of every answer beyond the loop's own. */
  alsoExpect?: (res: Response) => void;
}

/**
 * Sends each attempt as JSON to the service. Never a 5xx, nor INVALID_EVENT: that would mean the DTO
 * let through what the event's schema refuses, so the field would go unnamed. An answer that is not
 * a success is a 4xx that appended nothing; a 400 INVALID_INPUT names at least one field.
 */
export async function fuzzWrites(service: RunningService, { method = 'post', token, attempts, numRuns, alsoExpect }: WriteFuzz): Promise<void> {
  await fc.assert(
    fc.asyncProperty(attempts, async ({ path, body }) => {
      const before = await service.infra.store.headPosition();
      const res = await request(service.app.getHttpServer())
        [method](path)
        .set('Authorization', `Bearer ${token}`)
        .set('Content-Type', 'application/json')
        .send(JSON.stringify(body) ?? 'undefined');
      expect(res.status).toBeLessThan(500);
      expect(res.body.code).not.toBe('INVALID_EVENT');
      if (res.body.code === 'INVALID_INPUT') expect(res.body.errors?.length).toBeGreaterThan(0);
      alsoExpect?.(res);
      if (res.status >= 300) {
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(await service.infra.store.headPosition()).toBe(before);
      }
    }),
    { numRuns },
  );
}

/** Sends each surely-bad attempt byte for byte: the status it expects, the field it names, nothing appended. */
export async function fuzzSurelyBad(service: RunningService, { token, path, attempts, numRuns }: { token: string; path: string; attempts: fc.Arbitrary<RawAttempt>; numRuns: number }): Promise<void> {
  await fc.assert(
    fc.asyncProperty(attempts, async (attempt) => {
      const before = await service.infra.store.headPosition();
      const res = await sendRaw(service.app.getHttpServer(), 'post', path, attempt.bytes, { Authorization: `Bearer ${token}`, ...attempt.headers });
      expect({ label: attempt.label, status: res.status }).toEqual({ label: attempt.label, status: attempt.status });
      expect(res.body.errors?.map((e: { field: string }) => e.field)).toContain(attempt.field);
      expect(await service.infra.store.headPosition()).toBe(before);
    }),
    { numRuns },
  );
}
