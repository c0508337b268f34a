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

/** The row is the driver's fresh object, ours to reuse: no copy per event on the read path. */
function withPersonal(data: Record<string, unknown>, personal: Record<string, unknown> | null): Record<string, unknown> {
  if (personal) data.personal = personal;
  return data;
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
    data: withPersonal(r.data, r.personal),
  };
}

/**
 * A timestamptz as an ISO instant with milliseconds, like Date#toISOString. The `pg` pool
 * hands over UTC text ('2026-11-23 12:32:21.454123+00'), reshaped here by slicing (this
 * runs for every event of every rebuild); PGlite hands over Dates.
 */
export function isoInstant(value: Date | string): string {
  if (typeof value !== 'string') return value.toISOString();
  if (!isUtcText(value)) return new Date(value).toISOString();
  const fraction = value[19] === '.' ? value.slice(20, -3) : '';
  return `${value.slice(0, 10)}T${value.slice(11, 19)}.${(fraction + '000').slice(0, 3)}Z`;
}

/** 'YYYY-MM-DD HH:MM:SS[.ffffff]+00' */
const isUtcText = (v: string) => v.length >= 22 && v[10] === ' ' && v[13] === ':' && v[16] === ':' && v.endsWith('+00') && (v.length === 22 || v[19] === '.');
