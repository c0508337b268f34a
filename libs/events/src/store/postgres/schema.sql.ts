/** A schema name goes into SQL text, so only plain identifiers are accepted. */
export function assertIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Not a safe SQL identifier: ${name}`);
  return name;
}

/**
 * The event store schema. Idempotent, so every service runs it at start.
 * - `events` is append-only for real: triggers refuse UPDATE, DELETE and TRUNCATE.
 * - Personal data sits in its own column so it can later be encrypted per person.
 * - `append` checks the expected version and inserts in one round trip. It takes a
 *   schema-wide transaction lock first, so global positions are handed out in commit
 *   order: a reader of `position > checkpoint` can never skip an event committed late.
 */
export function eventStoreSchema(schema: string): string {
  const s = assertIdentifier(schema);
  return `
CREATE SCHEMA IF NOT EXISTS ${s};

CREATE TABLE IF NOT EXISTS ${s}.events (
  global_position bigserial PRIMARY KEY,
  event_id uuid NOT NULL UNIQUE,
  stream_id text NOT NULL,
  stream_version bigint NOT NULL,
  type text NOT NULL,
  schema_version int NOT NULL,
  occurred_at timestamptz NOT NULL,
  recorded_at timestamptz NOT NULL,
  actor jsonb NOT NULL,
  country text NOT NULL,
  correlation_id text NOT NULL,
  causation_id text,
  data jsonb NOT NULL,
  personal jsonb,
  CONSTRAINT events_stream_version_unique UNIQUE (stream_id, stream_version)
);
CREATE INDEX IF NOT EXISTS events_recorded_at ON ${s}.events (stream_id, recorded_at);

CREATE TABLE IF NOT EXISTS ${s}.checkpoints (
  name text PRIMARY KEY,
  position bigint NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE OR REPLACE FUNCTION ${s}.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION 'events are append-only: % refused', TG_OP USING ERRCODE = 'HW001';
END $fn$;

DROP TRIGGER IF EXISTS events_append_only ON ${s}.events;
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON ${s}.events
  FOR EACH ROW EXECUTE FUNCTION ${s}.refuse_change();
DROP TRIGGER IF EXISTS events_no_truncate ON ${s}.events;
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON ${s}.events
  FOR EACH STATEMENT EXECUTE FUNCTION ${s}.refuse_change();

CREATE OR REPLACE FUNCTION ${s}.append(p_stream text, p_expected bigint, p_import boolean, p_events jsonb)
RETURNS TABLE (r_event_id uuid, r_global_position bigint, r_stream_version bigint, r_recorded_at timestamptz)
LANGUAGE plpgsql AS $fn$
DECLARE
  current_version bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('homeward.append.${s}'));
  SELECT coalesce(max(e.stream_version), 0) INTO current_version
    FROM ${s}.events e WHERE e.stream_id = p_stream;
  IF p_expected >= 0 AND current_version <> p_expected THEN
    RAISE EXCEPTION 'wrong expected version' USING ERRCODE = 'HW409', DETAIL = current_version::text;
  END IF;
  RETURN QUERY
  INSERT INTO ${s}.events AS ev (event_id, stream_id, stream_version, type, schema_version, occurred_at,
      recorded_at, actor, country, correlation_id, causation_id, data, personal)
  SELECT (x.e->>'eventId')::uuid, p_stream, current_version + row_number() OVER (ORDER BY x.ord),
      x.e->>'type', (x.e->>'schemaVersion')::int, (x.e->>'occurredAt')::timestamptz,
      clock_timestamp(), x.e->'actor', x.e->>'country',
      x.e->>'correlationId', x.e->>'causationId', x.e->'data', x.e->'personal'
    FROM jsonb_array_elements(p_events) WITH ORDINALITY AS x(e, ord)
    WHERE NOT p_import
       OR NOT EXISTS (SELECT 1 FROM ${s}.events d WHERE d.event_id = (x.e->>'eventId')::uuid)
  RETURNING ev.event_id, ev.global_position, ev.stream_version, ev.recorded_at;
END $fn$;
`;
}
