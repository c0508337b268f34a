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
    occurredAt: new Date(r.occurred_at).toISOString(),
    recordedAt: new Date(r.recorded_at).toISOString(),
    actor: r.actor,
    country: r.country,
    correlationId: r.correlation_id,
    causationId: r.causation_id,
    data: r.personal ? { ...r.data, personal: r.personal } : r.data,
  };
}
