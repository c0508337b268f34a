import type { CoWrite } from './co-write';

/** The channel instances announce their committed appends on; the payload is the schema. */
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
 * - Each event's `chain_hash` covers its content and the hash of the event before it in its
 *   stream (see chainedInsert), so `npm run verify` finds an altered or removed event.
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
-- Null only on events appended before schema version 4, which verify reports as unchained.
ALTER TABLE ${s}.events ADD COLUMN IF NOT EXISTS chain_hash bytea;
CREATE INDEX IF NOT EXISTS events_recorded_at ON ${s}.events (stream_id, recorded_at);
CREATE INDEX IF NOT EXISTS events_transaction_order ON ${s}.events (transaction_id, global_position);

CREATE TABLE IF NOT EXISTS ${s}.checkpoints (
  name text PRIMARY KEY,
  position bigint NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

DROP FUNCTION IF EXISTS ${s}.chain_field(bytea);

-- What an event's link in its stream's chain covers: every column a reader or an auditor relies on.
-- Computed by the server from the stored values, so writer and verifier agree whatever their
-- client: fixed-size columns in their binary send form (instants as microseconds), text columns
-- after their length, jsonb columns by their own sha256 (their text form is canonical), so no two
-- rows run together the same way. One expression the planner inlines into the statement (a helper
-- function per field was a function call each, a tenth of the append).
CREATE OR REPLACE FUNCTION ${s}.event_digest(
  p_event_id uuid, p_stream_id text, p_stream_version bigint, p_type text, p_schema_version int,
  p_occurred_at timestamptz, p_recorded_at timestamptz, p_actor jsonb, p_country text,
  p_correlation_id text, p_causation_id text, p_data jsonb, p_personal jsonb
) RETURNS bytea LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
  SELECT sha256(uuid_send(p_event_id) || int8send(p_stream_version) || int4send(p_schema_version)
    || timestamptz_send(p_occurred_at) || timestamptz_send(p_recorded_at)
    || ${TEXT_FIELDS.map(lengthPrefixed).join(' || ')}
    || ${JSON_FIELDS.map(digested).join(' || ')})
$fn$;

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

-- Readers in other processes are woken by the writer's AppendListener after its commit, not by a
-- trigger: a NOTIFY inside the append serialised every commit of the server (schema version 5).
DROP TRIGGER IF EXISTS events_appended ON ${s}.events;
DROP FUNCTION IF EXISTS ${s}.notify_appended();

-- Imports go through importBatchStatement; the function of earlier versions is gone.
DROP FUNCTION IF EXISTS ${s}.import_events(text, jsonb);
`;
}

/** Text columns go into an event's digest as their bytes, each after its length (-1: null): a column reference used twice costs nothing. */
const TEXT_FIELDS = ['p_stream_id', 'p_type', 'p_country', 'p_correlation_id', 'p_causation_id'];
const lengthPrefixed = (v: string) => `int4send(coalesce(octet_length(${v}), -1)) || coalesce(convert_to(${v}, 'UTF8'), ''::bytea)`;
/** jsonb columns go in by their own sha256 (32 zero bytes for null): their text form is made once, not twice. */
const JSON_FIELDS = ['p_actor', 'p_data', 'p_personal'];
const digested = (v: string) => `coalesce(sha256(convert_to(${v}::text, 'UTF8')), '\\x${'00'.repeat(32)}'::bytea)`;

const COLUMNS =
  'event_id, stream_id, stream_version, type, schema_version, occurred_at, recorded_at, actor, country, correlation_id, causation_id, data, personal';

/**
 * The one INSERT both the append and the inbox's import go through. `incoming` yields rows of
 * (stream text, e jsonb, ord bigint): the new events, `ord` their order in the batch. Each stream's
 * events take the versions after its head, in that order, and each is chained to the one before it
 * in its stream: chain_hash = sha256(previous chain_hash, or nothing for the first, || event_digest),
 * through a recursive step, one event at a time, within the one statement. `accept` is the condition
 * on a stream's head (`stream_head.version`) under which its events are written.
 */
function chainedInsert(s: string, incoming: string, accept: string, co?: CoWrite): string {
  return `WITH RECURSIVE ${coWriteCte(co)}numbered AS MATERIALIZED (
  SELECT i.stream, i.e, i.ord, row_number() OVER (PARTITION BY i.stream ORDER BY i.ord) AS n FROM (${incoming}) AS i
), stream_head AS MATERIALIZED (
  SELECT streams.stream, coalesce(h.stream_version, 0) AS version, coalesce(h.chain_hash, ''::bytea) AS chain
    FROM (SELECT DISTINCT stream FROM numbered) AS streams
    LEFT JOIN LATERAL (SELECT e.stream_version, e.chain_hash FROM ${s}.events e WHERE e.stream_id = streams.stream ORDER BY e.stream_version DESC LIMIT 1) AS h ON true
), batch AS MATERIALIZED (
  SELECT x.ord, x.n, (x.e->>'eventId')::uuid AS event_id, x.stream AS stream_id, stream_head.version + x.n AS stream_version,
         ${FIELDS_FROM_JSON}
    FROM numbered x JOIN stream_head ON stream_head.stream = x.stream
   WHERE (${accept})${coWriteHeld(co)}
), chained (stream_id, n, chain) AS (
  SELECT stream_head.stream, 0::bigint, stream_head.chain FROM stream_head
  UNION ALL
  SELECT b.stream_id, b.n, sha256(c.chain || ${digestOf(s, 'b')})
    FROM chained c JOIN batch b ON b.stream_id = c.stream_id AND b.n = c.n + 1
)
INSERT INTO ${s}.events AS ev (${COLUMNS}, chain_hash)
SELECT ${columnsOf('b')}, c.chain
  FROM batch b JOIN chained c ON c.stream_id = b.stream_id AND c.n = b.n
 ORDER BY b.ord
${RETURNING}`;
}

/**
 * The append of one event, the common case, without the recursive step: its link is the stream
 * head's hash and its own digest, in one flat statement. Same parameters as appendStatement.
 */
function appendOne(s: string, co?: CoWrite): string {
  return `WITH ${coWriteCte(co)}stream_head AS MATERIALIZED (
  SELECT coalesce(h.stream_version, 0) AS version, coalesce(h.chain_hash, ''::bytea) AS chain
    FROM (SELECT 1) AS one
    LEFT JOIN LATERAL (SELECT e.stream_version, e.chain_hash FROM ${s}.events e WHERE e.stream_id = $1 ORDER BY e.stream_version DESC LIMIT 1) AS h ON true
), r AS MATERIALIZED (
  SELECT (x.e->>'eventId')::uuid AS event_id, $1::text AS stream_id, stream_head.version + 1 AS stream_version,
         ${FIELDS_FROM_JSON}, stream_head.chain AS previous
    FROM stream_head, (SELECT $3::jsonb -> 0 AS e) AS x
   WHERE ($2::bigint < 0 OR stream_head.version = $2::bigint)${coWriteHeld(co)}
)
INSERT INTO ${s}.events AS ev (${COLUMNS}, chain_hash)
SELECT ${columnsOf('r')}, sha256(r.previous || ${digestOf(s, 'r')})
  FROM r
${RETURNING}`;
}

/** The event's columns after its stream version, from one element `x.e` of the JSON sent. */
const FIELDS_FROM_JSON = `x.e->>'type' AS type, (x.e->>'schemaVersion')::int AS schema_version, (x.e->>'occurredAt')::timestamptz AS occurred_at,
         clock_timestamp() AS recorded_at, x.e->'actor' AS actor, x.e->>'country' AS country, x.e->>'correlationId' AS correlation_id,
         x.e->>'causationId' AS causation_id, x.e->'data' AS data, x.e->'personal' AS personal`;

const columnsOf = (t: string) => COLUMNS.split(', ').map((c) => `${t}.${c}`).join(', ');
const digestOf = (s: string, t: string) => `${s}.event_digest(${columnsOf(t)})`;
const RETURNING =
  'RETURNING ev.stream_id AS r_stream_id, ev.event_id AS r_event_id, ev.global_position AS r_global_position, ev.stream_version AS r_stream_version, ev.recorded_at AS r_recorded_at';

/**
 * The append: one statement, one round trip, prepared once per connection, and no lock:
 * appends to different streams run side by side.
 * - The version check is the condition on the head: at the wrong version nothing is inserted.
 * - The stream's head is one step down the (stream, version) index, not a max over the stream.
 * - A writer that committed after this statement's snapshot is missed by the head; the unique
 *   key on (stream, version) then refuses the insert. Either way a concurrent append to the
 *   same stream is reported as a conflict and nothing is written.
 * - With `co`, its rows go in by the same statement, so in the same transaction; $4 is their jsonb array.
 * $1 stream id, $2 expected version (-1: any), $3 the events as a JSON array (of one, with `oneEvent`).
 */
export function appendStatement(schema: string, oneEvent = false, co?: CoWrite): string {
  const s = assertIdentifier(schema);
  if (oneEvent) return appendOne(s, co);
  return chainedInsert(s, 'SELECT $1::text AS stream, x.e, x.ord FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS x(e, ord)', '$2::bigint < 0 OR stream_head.version = $2::bigint', co);
}

/** A data-modifying CTE runs whether or not its rows are read; the events' condition reads how many went in. */
const coWriteCte = (co?: CoWrite) => (co ? `co AS (${co.insert('$4::jsonb')}), ` : '');
const coWriteHeld = (co?: CoWrite) => (co ? ' AND (SELECT count(*) FROM co) = jsonb_array_length($4::jsonb)' : '');

/**
 * Imports events other services recorded, into any number of inbox streams, as one statement: a
 * consumer's whole batch is one round trip and one transaction, all or nothing. An id already in
 * the store, or met earlier in the batch (a repeat published around a relay take-over), is skipped;
 * each stream's new events take the versions after its head, in the batch's order, chained as
 * appended events are. $1: the batch as a JSON array of `{ streamId, event }`.
 */
export function importBatchStatement(schema: string): string {
  const s = assertIdentifier(schema);
  return chainedInsert(
    s,
    `SELECT DISTINCT ON ((b.item->'event'->>'eventId')::uuid) b.item->>'streamId' AS stream, b.item->'event' AS e, b.ord
       FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS b(item, ord)
      WHERE NOT EXISTS (SELECT 1 FROM ${s}.events d WHERE d.event_id = (b.item->'event'->>'eventId')::uuid)
      ORDER BY (b.item->'event'->>'eventId')::uuid, b.ord`,
    'true',
  );
}

/**
 * "Every event after position $1", $2 at most, in an order no late commit can enter behind.
 * Positions are drawn when a row is inserted, not when its transaction commits, so a slow
 * transaction can commit position 10 after a fast one committed 11. Readers therefore see only
 * transactions older than the oldest still running (`pg_snapshot_xmin`), all of them finished,
 * in (transaction, position) order; whatever commits later has a newer transaction id and so
 * comes after everything read. The position read last is the cursor: its transaction is found
 * again through the primary key. (Emmett and Beckett read the same way.) The cursor is a scalar
 * subquery, not a joined CTE, so the planner knows it before the scan and starts the index range
 * there: joined, it filtered the index from its beginning, every page costing the whole log so far.
 */
export function readAllStatement(schema: string): string {
  const s = assertIdentifier(schema);
  return `SELECT e.* FROM ${s}.events e
 WHERE (e.transaction_id, e.global_position) > (
         coalesce((SELECT c.transaction_id FROM ${s}.events c WHERE c.global_position <= $1 ORDER BY c.global_position DESC LIMIT 1), '0'::xid8),
         $1::bigint)
   AND e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
 ORDER BY e.transaction_id, e.global_position
 LIMIT $2`;
}
