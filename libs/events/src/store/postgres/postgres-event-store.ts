import type { NewEvent, RecordedEvent } from '../../envelope';
import { WrongExpectedVersionError } from '../../errors';
import { uuidv7 } from '../../uuid';
import type { AppendResult, CheckpointStore, ExpectedVersion, InboxImport, ReadAllOptions, ReadStreamOptions } from '../event-store.port';
import { migrateEventStore } from './migrate';
import { appendStatement, assertIdentifier, importBatchStatement, readAllStatement } from './schema.sql';
import type { SqlExecutor } from './sql-executor';
import { fromRow, isoInstant, type EventRow } from './event-row';
import type { CoWrite, CoWritingEventStore } from './co-write';

interface AppendedRow {
  r_event_id: string;
  r_global_position: string | number;
  r_stream_version: string | number;
  r_recorded_at: Date | string;
}

/** The event store on PostgreSQL; the same SQL runs on a server (`pg`) and embedded (PGlite). */
export class PostgresEventStore implements CoWritingEventStore {
  readonly checkpoints: CheckpointStore;
  private readonly s: string;
  private readonly append: string;
  private readonly appendOne: string;
  private readonly readAllSql: string;
  private readonly importBatchSql: string;
  /** The append statements made with each kind of CoWrite, by its name; `tag` names them short (PostgreSQL truncates a statement name at 63). */
  private readonly withWrite = new Map<string, { one: string; many: string; tag: string }>();

  private constructor(
    private readonly sql: SqlExecutor,
    schema: string,
  ) {
    this.s = assertIdentifier(schema);
    this.append = appendStatement(this.s);
    this.appendOne = appendStatement(this.s, true);
    this.readAllSql = readAllStatement(this.s);
    this.importBatchSql = importBatchStatement(this.s);
    this.checkpoints = new PostgresCheckpoints(sql, this.s);
  }

  static async open(sql: SqlExecutor, schema: string): Promise<PostgresEventStore> {
    await migrateEventStore(sql, assertIdentifier(schema));
    return new PostgresEventStore(sql, schema);
  }

  appendToStream(streamId: string, events: NewEvent[], options: { expectedVersion: ExpectedVersion }): Promise<AppendResult> {
    return this.appendWith(streamId, events, options);
  }

  /** The append, and `write`'s rows in its transaction (see CoWrite). */
  async appendWith(streamId: string, events: NewEvent[], { expectedVersion }: { expectedVersion: ExpectedVersion }, write?: CoWrite): Promise<AppendResult> {
    const prepared = events.map((e) => ({ ...e, eventId: e.eventId ?? uuidv7() }));
    const expected = expectedVersion === 'any' ? -1 : expectedVersion;
    for (let attempt = 0; ; attempt++) {
      let rows: AppendedRow[];
      try {
        const one = prepared.length === 1;
        const made = write && this.statementWith(write);
        rows = made
          ? (await this.sql.query<AppendedRow>(one ? made.one : made.many, [streamId, expected, toJson(prepared), JSON.stringify(write.rows)], `append_${one ? 'one_' : ''}${made.tag}_${this.s}`)).rows
          : (await this.sql.query<AppendedRow>(one ? this.appendOne : this.append, [streamId, expected, toJson(prepared)], `append_${one ? 'one_' : ''}${this.s}`)).rows;
      } catch (error) {
        // With 'any' there is no version to defend: a lost race on the unique key just means "try again".
        if (expectedVersion === 'any' && isVersionClash(error) && attempt < 5) continue;
        throw isVersionClash(error) ? await this.conflict(streamId, expectedVersion) : error;
      }
      if (rows.length < prepared.length) throw await this.conflict(streamId, expectedVersion);
      const recorded = prepared.map((e, i) => recordedFrom(e, streamId, rows[i]));
      const last = recorded[recorded.length - 1];
      return { nextExpectedVersion: last ? last.streamVersion : await this.versionOf(streamId), events: recorded };
    }
  }

  importEvents(streamId: string, events: RecordedEvent[]): Promise<RecordedEvent[]> {
    return this.importBatch([{ streamId, events }]);
  }

  async importBatch(imports: InboxImport[]): Promise<RecordedEvent[]> {
    const items = imports.flatMap(({ streamId, events }) => events.map((event) => ({ streamId, event })));
    if (items.length === 0) return [];
    const batch = JSON.stringify(items.map(({ streamId, event }) => ({ streamId, event: rowJson(event) })));
    const { rows } = await this.sql.query<AppendedRow & { r_stream_id: string }>(this.importBatchSql, [batch], `import_batch_${this.s}`);
    const byId = new Map(items.map(({ event }) => [event.eventId, event]));
    return rows.map((r) => recordedFrom(byId.get(r.r_event_id)!, r.r_stream_id, r));
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const params: unknown[] = [streamId, options.fromVersion ?? 1];
    let asOf = '';
    if (options.asOf) {
      params.push(options.asOf.toISOString());
      asOf = ' AND recorded_at <= $3';
    }
    const { rows } = await this.sql.query<EventRow>(
      `SELECT * FROM ${this.s}.events WHERE stream_id = $1 AND stream_version >= $2${asOf} ORDER BY stream_version`,
      params,
    );
    return rows.map(fromRow);
  }

  async readAll({ after, maxCount }: ReadAllOptions): Promise<RecordedEvent[]> {
    const { rows } = await this.sql.query<EventRow>(this.readAllSql, [after, maxCount], `read_all_${this.s}`);
    return rows.map(fromRow);
  }

  async headPosition(): Promise<number> {
    const { rows } = await this.sql.query<{ p: string | number | null }>(`SELECT max(global_position) AS p FROM ${this.s}.events`);
    return Number(rows[0]?.p ?? 0);
  }

  async ping(): Promise<void> {
    await this.sql.query('SELECT 1');
  }

  close(): Promise<void> {
    return this.sql.close();
  }

  private statementWith(write: CoWrite): { one: string; many: string; tag: string } {
    let made = this.withWrite.get(write.name);
    if (!made) this.withWrite.set(write.name, (made = { one: appendStatement(this.s, true, write), many: appendStatement(this.s, false, write), tag: `w${this.withWrite.size}` }));
    return made;
  }

  private async versionOf(streamId: string): Promise<number> {
    const { rows } = await this.sql.query<{ v: string | number }>(
      `SELECT coalesce(max(stream_version), 0) AS v FROM ${this.s}.events WHERE stream_id = $1`,
      [streamId],
    );
    return Number(rows[0].v);
  }

  private async conflict(streamId: string, expected: ExpectedVersion): Promise<WrongExpectedVersionError> {
    return new WrongExpectedVersionError(streamId, expected, await this.versionOf(streamId));
  }
}

/** A concurrent writer took the same (stream, version) first. */
function isVersionClash(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string };
  return e.code === '23505' && e.constraint === 'events_stream_version_unique';
}

class PostgresCheckpoints implements CheckpointStore {
  constructor(
    private readonly sql: SqlExecutor,
    private readonly s: string,
  ) {}

  async load(name: string): Promise<number> {
    const { rows } = await this.sql.query<{ position: string | number }>(`SELECT position FROM ${this.s}.checkpoints WHERE name = $1`, [name]);
    return rows.length ? Number(rows[0].position) : 0;
  }

  async save(name: string, position: number): Promise<void> {
    await this.sql.query(
      `INSERT INTO ${this.s}.checkpoints (name, position) VALUES ($1, $2)
       ON CONFLICT (name) DO UPDATE SET position = EXCLUDED.position, updated_at = now()`,
      [name, position],
    );
  }
}

/** Personal data travels in its own column; the JSON sent to `append` splits it out. */
function toJson(events: Array<NewEvent & { eventId: string }>): string {
  return JSON.stringify(events.map(rowJson));
}

function rowJson({ data, ...meta }: NewEvent & { eventId: string }) {
  const { personal, ...rest } = data;
  return { ...meta, schemaVersion: meta.schemaVersion ?? 1, causationId: meta.causationId ?? null, data: rest, personal: personal ?? null };
}

function recordedFrom(e: NewEvent & { eventId: string }, streamId: string, row: AppendedRow): RecordedEvent {
  return {
    eventId: e.eventId,
    streamId,
    streamVersion: Number(row.r_stream_version),
    globalPosition: Number(row.r_global_position),
    type: e.type,
    schemaVersion: e.schemaVersion ?? 1,
    occurredAt: new Date(e.occurredAt).toISOString(),
    recordedAt: isoInstant(row.r_recorded_at),
    actor: e.actor,
    country: e.country,
    correlationId: e.correlationId,
    causationId: e.causationId ?? null,
    data: e.data,
  };
}
