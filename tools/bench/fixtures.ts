import { randomUUID } from 'node:crypto';
import type { NewEvent } from '../../libs/events/src/envelope';

/**
 * The event every contender writes: a real catalogue type (intake.ReturneeRegistered), so
 * the catalogued store pays the validation it pays in production (patterns, formats and
 * a personal block that our adapter stores in its own column). Only `node:crypto` is
 * imported at runtime so the emmett worker can build the very same payloads.
 */
export const BENCH_EVENT_TYPE = 'intake.ReturneeRegistered';

export function benchEvent(i: number): NewEvent {
  return {
    type: BENCH_EVENT_TYPE,
    occurredAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
    actor: { userId: 'cm-bench', role: 'case_manager' },
    country: 'SN',
    correlationId: randomUUID(),
    causationId: null,
    data: {
      caseId: `case-${i}`,
      returneeId: `returnee-${i}`,
      sex: 'female',
      nationality: 'SN',
      languages: ['fr', 'wo'],
      personal: { firstName: 'Awa', lastName: 'Ndiaye', dateOfBirth: '1994-03-12', phone: '+221770000000' },
    },
  };
}

export function benchEvents(count: number, from = 0): NewEvent[] {
  return Array.from({ length: count }, (_, k) => benchEvent(from + k));
}
