import type { Actor, RecordedEvent } from '../../envelope';

export interface EventRow {
  global_position: string | number;
  event_id: string;
  stream_id: string;
  stream_version: string | number;
  type: string;
  schema_version: number;
  occurred_at: Date | string;
  recorded_at: Date | string;
  actor: Actor;
  country: string;
  correlation_id: string;
  causation_id: string | null;
  data: Record<string, unknown>;
  personal: Record<string, unknown> | null;
}

export function fromRow(r: EventRow): RecordedEvent {
  return {
    eventId: r.event_id,
    streamId: r.stream_id,
    streamVersion: Number(r.stream_version),
    globalPosition: Number(r.global_position),
    type: r.type,
    schemaVersion: r.schema_version,
    occurredAt: isoInstant(r.occurred_at),
    recordedAt: isoInstant(r.recorded_at),
    actor: r.actor,
    country: r.country,
    correlationId: r.correlation_id,
    causationId: r.causation_id,
    data: r.personal ? { ...r.data, personal: r.personal } : r.data,
  };
}

const PG_UTC_TEXT = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?\+00$/;

/**
 * A timestamptz as an ISO instant with milliseconds, like Date#toISOString. The `pg` pool
 * hands over UTC text ('2026-11-23 12:32:21.454123+00'), reshaped here without a Date;
 * PGlite hands over Dates.
 */
export function isoInstant(value: Date | string): string {
  if (typeof value !== 'string') return value.toISOString();
  const m = PG_UTC_TEXT.exec(value);
  if (!m) return new Date(value).toISOString();
  return `${m[1]}T${m[2]}.${(m[3] ?? '').padEnd(3, '0').slice(0, 3)}Z`;
}
