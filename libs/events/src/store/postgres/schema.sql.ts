/** The channel every event store notifies on commit of an append; the payload is its schema. */
export const APPENDED_CHANNEL = 'homeward_appended';

/** A schema name goes into SQL text, so only plain identifiers are accepted. */
export function assertIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Not a safe SQL identifier: ${name}`);
  return name;
}

/**
 * The event store schema. Idempotent, so every service runs it at start.
 * - `events` is append-only for real: triggers refuse UPDATE, DELETE and TRUNCATE.
 * - Each event records the transaction that wrote it (`transaction_id`), so appends run in
 *   parallel and readers still never skip one committed late (see readAllStatement).
 * - Personal data sits in its own column so it can later be encrypted per person.
 * - `import_events` copies other services' events into the inbox, skipping known ids (the store now
 *   imports with importBatchStatement; the function stays for schemas already at this version).
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
  transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
  CONSTRAINT events_stream_version_unique UNIQUE (stream_id, stream_version)
);
ALTER TABLE ${s}.events ADD COLUMN IF NOT EXISTS transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX IF NOT EXISTS events_recorded_at ON ${s}.events (stream_id, recorded_at);
CREATE INDEX IF NOT EXISTS events_transaction_order ON ${s}.events (transaction_id, global_position);

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

-- Readers in other processes wake on commit, not at their next poll: NOTIFY is delivered when the
-- appending transaction commits, once per transaction whatever the number of rows.
CREATE OR REPLACE FUNCTION ${s}.notify_appended() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM pg_notify('${APPENDED_CHANNEL}', '${s}');
  RETURN NULL;
END $fn$;
DROP TRIGGER IF EXISTS events_appended ON ${s}.events;
CREATE TRIGGER events_appended AFTER INSERT ON ${s}.events
  FOR EACH STATEMENT EXECUTE FUNCTION ${s}.notify_appended();

CREATE OR REPLACE FUNCTION ${s}.import_events(p_stream text, p_events jsonb)
RETURNS TABLE (r_event_id uuid, r_global_position bigint, r_stream_version bigint, r_recorded_at timestamptz)
LANGUAGE plpgsql AS $fn$
DECLARE
  current_version bigint;
BEGIN
  SELECT coalesce(max(e.stream_version), 0) INTO current_version FROM ${s}.events e WHERE e.stream_id = p_stream;
  RETURN QUERY
  INSERT INTO ${s}.events AS ev (${COLUMNS})
  SELECT (x.e->>'eventId')::uuid, p_stream, current_version + row_number() OVER (ORDER BY x.ord), ${ROW_FROM_JSON}
    FROM jsonb_array_elements(p_events) WITH ORDINALITY AS x(e, ord)
   WHERE NOT EXISTS (SELECT 1 FROM ${s}.events d WHERE d.event_id = (x.e->>'eventId')::uuid)
  RETURNING ev.event_id, ev.global_position, ev.stream_version, ev.recorded_at;
END $fn$;
`;
}

const COLUMNS =
  'event_id, stream_id, stream_version, type, schema_version, occurred_at, recorded_at, actor, country, correlation_id, causation_id, data, personal';

/** The columns after the stream version, taken from one element `x.e` of the JSON batch. */
const ROW_FROM_JSON = `x.e->>'type', (x.e->>'schemaVersion')::int, (x.e->>'occurredAt')::timestamptz, clock_timestamp(),
      x.e->'actor', x.e->>'country', x.e->>'correlationId', x.e->>'causationId', x.e->'data', x.e->'personal'`;

/**
 * The append: one statement, one round trip, prepared once per connection, and no lock:
 * appends to different streams run side by side.
 * - The version check is the WHERE clause: at the wrong version nothing is inserted.
 * - The stream's head is one step down the (stream, version) index, not a max over the stream.
 * - A writer that committed after this statement's snapshot is missed by the head; the unique
 *   key on (stream, version) then refuses the insert. Either way a concurrent append to the
 *   same stream is reported as a conflict and nothing is written.
 * $1 stream id, $2 expected version (-1: any), $3 the events as a JSON array.
 */
export function appendStatement(schema: string): string {
  const s = assertIdentifier(schema);
  return `WITH stream_head AS MATERIALIZED (SELECT coalesce((SELECT e.stream_version FROM ${s}.events e WHERE e.stream_id = $1 ORDER BY e.stream_version DESC LIMIT 1), 0) AS version)
INSERT INTO ${s}.events (${COLUMNS})
SELECT (x.e->>'eventId')::uuid, $1, stream_head.version + x.ord, ${ROW_FROM_JSON}
  FROM stream_head, jsonb_array_elements($3::jsonb) WITH ORDINALITY AS x(e, ord)
 WHERE $2::bigint < 0 OR stream_head.version = $2::bigint
RETURNING event_id AS r_event_id, global_position AS r_global_position, stream_version AS r_stream_version, recorded_at AS r_recorded_at`;
}

/**
 * Imports events other services recorded, into any number of inbox streams, as one statement: a
 * consumer's whole batch is one round trip and one transaction, all or nothing. An id already in
 * the store, or met earlier in the batch (a repeat published around a relay take-over), is skipped;
 * each stream's new events take the versions after its head, in the batch's order, and positions
 * follow the batch's order too. $1: the batch as a JSON array of `{ streamId, event }`.
 */
export function importBatchStatement(schema: string): string {
  const s = assertIdentifier(schema);
  return `WITH input AS (
  SELECT b.item->>'streamId' AS stream, b.item->'event' AS e, b.ord FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS b(item, ord)
), fresh AS (
  SELECT DISTINCT ON ((i.e->>'eventId')::uuid) i.stream, i.e, i.ord FROM input i
   WHERE NOT EXISTS (SELECT 1 FROM ${s}.events d WHERE d.event_id = (i.e->>'eventId')::uuid)
   ORDER BY (i.e->>'eventId')::uuid, i.ord
), heads AS (
  SELECT h.stream, coalesce((SELECT e.stream_version FROM ${s}.events e WHERE e.stream_id = h.stream ORDER BY e.stream_version DESC LIMIT 1), 0) AS version
    FROM (SELECT DISTINCT f.stream FROM fresh f) h
)
INSERT INTO ${s}.events (${COLUMNS})
SELECT (x.e->>'eventId')::uuid, x.stream, heads.version + row_number() OVER (PARTITION BY x.stream ORDER BY x.ord), ${ROW_FROM_JSON}
  FROM fresh x JOIN heads ON heads.stream = x.stream
 ORDER BY x.ord
RETURNING stream_id AS r_stream_id, event_id AS r_event_id, global_position AS r_global_position, stream_version AS r_stream_version, recorded_at AS r_recorded_at`;
}

/**
 * "Every event after position $1", $2 at most, in an order no late commit can enter behind.
 * Positions are drawn when a row is inserted, not when its transaction commits, so a slow
 * transaction can commit position 10 after a fast one committed 11. Readers therefore see only
 * transactions older than the oldest still running (`pg_snapshot_xmin`), all of them finished,
 * in (transaction, position) order; whatever commits later has a newer transaction id and so
 * comes after everything read. The position read last is the cursor: its transaction is found
 * again through the primary key. (Emmett and Beckett read the same way.)
 */
export function readAllStatement(schema: string): string {
  const s = assertIdentifier(schema);
  return `WITH cursor AS MATERIALIZED (
  SELECT coalesce((SELECT c.transaction_id FROM ${s}.events c WHERE c.global_position <= $1 ORDER BY c.global_position DESC LIMIT 1), '0'::xid8) AS xid
)
SELECT e.* FROM ${s}.events e, cursor
 WHERE (e.transaction_id, e.global_position) > (cursor.xid, $1::bigint)
   AND e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
 ORDER BY e.transaction_id, e.global_position
 LIMIT $2`;
}
