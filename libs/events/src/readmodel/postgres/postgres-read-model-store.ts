import { createHash } from 'node:crypto';
import { assertIdentifier } from '../../store/postgres/schema.sql';
import type { SqlExecutor } from '../../store/postgres/sql-executor';
import { assertIndexed } from '../index-coverage';
import { assertStorableKeys } from '../in-memory-read-model-store';
import type { FindOptions, PositionedDoc, ReadModelIndex, ReadModelStore, Stored } from '../read-model-store.port';
import { ddlOnce, lockedBy } from '../../store/postgres/ddl';

/** Rows of one putMany statement: three parameters each, within PostgreSQL's 65,535. */
const PUT_MANY_ROWS = 5000;

interface Row {
  id: string;
  position: string | number;
  doc: Record<string, unknown>;
}

/**
 * Read models in PostgreSQL (a server, or the embedded PGlite): a table per collection in the
 * service's schema, the document as JSONB beside its id and position. Each field a declared index
 * filters or sorts on is also a stored generated column (its JSONB value), and the index is on those
 * columns, so a count answers from the index alone (through an expression index it reads the table:
 * counting an office's 15,000 of 100,000 cases took a 125 ms scan of the table, against 9 ms from the
 * index, in tools/bench/read-models); a multi-valued field keeps a GIN index on the document's list
 * (GIN has no index-only scans: a count visits the table either way). Equality filters compare JSONB values
 * (numbers as numbers), sorting follows JSONB order with absent fields first, as MongoDB does.
 */
export class PostgresReadModelStore implements ReadModelStore {
  private readonly declared = new Map<string, ReadModelIndex[]>();
  private readonly ready = new Map<string, Promise<void>>();

  private constructor(
    private readonly sql: SqlExecutor,
    private readonly schema: string,
  ) {}

  static async open(sql: SqlExecutor, schema: string): Promise<PostgresReadModelStore> {
    await ddlOnce(sql, assertIdentifier(schema), `CREATE SCHEMA IF NOT EXISTS ${schema}`);
    return new PostgresReadModelStore(sql, schema);
  }

  async declare(collection: string, indexes: ReadModelIndex[]): Promise<void> {
    this.declared.set(collection, indexes);
    this.ready.delete(collection);
    await this.ensure(collection);
  }

  async get<T>(collection: string, id: string): Promise<Stored<T> | null> {
    const rows = await this.read<Row>(collection, `SELECT id, position, doc FROM ${this.table(collection)} WHERE id = $1`, [id]);
    return rows[0] ? (toDoc(rows[0]) as Stored<T>) : null;
  }

  async put<T>(collection: string, id: string, doc: T, position: number): Promise<boolean> {
    assertStorableKeys(doc);
    const rows = await this.write(
      collection,
      `INSERT INTO ${this.table(collection)} AS d (id, position, doc) VALUES ($1, $2, $3::jsonb)
       ON CONFLICT (id) DO UPDATE SET position = EXCLUDED.position, doc = EXCLUDED.doc WHERE d.position < EXCLUDED.position
       RETURNING 1 AS wrote`,
      [id, position, JSON.stringify(doc)],
    );
    return rows.length === 1;
  }

  async getMany<T>(collection: string, ids: string[]): Promise<Array<Stored<T>>> {
    if (ids.length === 0) return [];
    const rows = await this.read<Row>(collection, `SELECT id, position, doc FROM ${this.table(collection)} WHERE id = ANY($1::text[])`, [ids]);
    return rows.map((r) => toDoc(r) as Stored<T>);
  }

  async putMany<T>(collection: string, docs: Array<PositionedDoc<T>>): Promise<number> {
    docs.forEach((d) => assertStorableKeys(d.doc));
    let written = 0;
    for (let at = 0; at < docs.length; at += PUT_MANY_ROWS) {
      // A parameter per document, not the page as one JSON array: that one was parsed whole, then each
      // document copied out of it, about twice the parsing (measured on intake's 5.5 kB case files).
      const params: unknown[] = [];
      const rows = docs.slice(at, at + PUT_MANY_ROWS).map(({ id, doc, position }) => `($${params.push(id)}, $${params.push(position)}::bigint, $${params.push(JSON.stringify(doc))}::jsonb)`);
      const wrote = await this.write(
        collection,
        `INSERT INTO ${this.table(collection)} AS d (id, position, doc) VALUES ${rows.join(', ')}
         ON CONFLICT (id) DO UPDATE SET position = EXCLUDED.position, doc = EXCLUDED.doc WHERE d.position < EXCLUDED.position
         RETURNING 1 AS wrote`,
        params,
      );
      written += wrote.length;
    }
    return written;
  }

  async set<T>(collection: string, id: string, doc: T): Promise<void> {
    assertStorableKeys(doc);
    await this.write(
      collection,
      `INSERT INTO ${this.table(collection)} (id, position, doc) VALUES ($1, 0, $2::jsonb)
       ON CONFLICT (id) DO UPDATE SET position = 0, doc = EXCLUDED.doc`,
      [id, JSON.stringify(doc)],
    );
  }

  async remove(collection: string, id: string): Promise<void> {
    await this.read(collection, `DELETE FROM ${this.table(collection)} WHERE id = $1`, [id]);
  }

  async find<T>(collection: string, filter: Record<string, unknown>, options: FindOptions = {}): Promise<Array<Stored<T>>> {
    assertIndexed(collection, this.declared.get(collection), filter, options.sort);
    if (options.limit === 0) return [];
    const params: unknown[] = [];
    let sql = `SELECT id, position, doc FROM ${this.table(collection)} WHERE ${this.where(collection, filter, params)}`;
    if (options.sort) sql += ` ORDER BY ${orderBy(options.sort, columnsOf(this.declared.get(collection) ?? []))}`;
    if (options.limit !== undefined) sql += ` LIMIT $${params.push(options.limit)}`;
    if (options.skip) sql += ` OFFSET $${params.push(options.skip)}`;
    return (await this.read<Row>(collection, sql, params)).map((r) => toDoc(r) as Stored<T>);
  }

  async count(collection: string, filter: Record<string, unknown>): Promise<number> {
    assertIndexed(collection, this.declared.get(collection), filter);
    const params: unknown[] = [];
    const rows = await this.read<{ n: number }>(collection, `SELECT count(*)::int AS n FROM ${this.table(collection)} WHERE ${this.where(collection, filter, params)}`, params);
    return rows[0]?.n ?? 0;
  }

  async drop(collection: string): Promise<void> {
    this.ready.delete(collection);
    await this.sql.exec(`DROP TABLE IF EXISTS ${this.table(collection)}`);
  }

  async ping(): Promise<void> {
    await this.sql.query('SELECT 1');
  }

  /** The database belongs to whoever opened it (the service's infrastructure). */
  async close(): Promise<void> {}

  private table(collection: string): string {
    if (!/^[A-Za-z0-9_-]{1,48}$/.test(collection)) throw new Error(`Not a read-model collection name: ${collection}`);
    return `${this.schema}."rm_${collection}"`;
  }

  /** A read of a collection nobody has written yet finds nothing. */
  private async read<R>(collection: string, sql: string, params: unknown[]): Promise<R[]> {
    try {
      return (await this.sql.query<R>(sql, params)).rows;
    } catch (error) {
      if (isUndefinedTable(error)) return [];
      throw error;
    }
  }

  /** Writes create the table (and its indexes) first, again if another process dropped it meanwhile. */
  private async write<R>(collection: string, sql: string, params: unknown[]): Promise<R[]> {
    await this.ensure(collection);
    try {
      return (await this.sql.query<R>(sql, params)).rows;
    } catch (error) {
      if (!isUndefinedTable(error)) throw error;
      this.ready.delete(collection);
      await this.ensure(collection);
      return (await this.sql.query<R>(sql, params)).rows;
    }
  }

  private ensure(collection: string): Promise<void> {
    let ready = this.ready.get(collection);
    if (!ready) {
      ready = this.create(collection).catch((error) => {
        this.ready.delete(collection);
        throw error;
      });
      this.ready.set(collection, ready);
    }
    return ready;
  }

  private async create(collection: string): Promise<void> {
    const table = this.table(collection);
    const indexes = this.declared.get(collection) ?? [];
    const names = indexes.map((index) => indexName(collection, index));
    const statements = [
      // Instances starting together would race on the catalogue: one at a time, for this table.
      lockedBy([`${this.schema}.rm_${collection}`]),
      `CREATE TABLE IF NOT EXISTS ${table} (id text COLLATE "C" PRIMARY KEY, position bigint NOT NULL, doc jsonb NOT NULL)`,
      // Documents over 2 kB are compressed as they are written: pglz, the default, took more time than
      // inserting them (intake's case files); lz4 a fraction of it, where the server is built with it (not PGlite).
      `DO $$ BEGIN
         IF 'lz4' = ANY ((SELECT enumvals FROM pg_settings WHERE name = 'default_toast_compression')::text[])
           AND (SELECT attcompression FROM pg_attribute WHERE attrelid = '${table}'::regclass AND attname = 'doc') <> 'l' THEN
           ALTER TABLE ${table} ALTER COLUMN doc SET COMPRESSION lz4;
         END IF;
       END $$`,
      // Added only where missing: ALTER TABLE locks out every reader, even when it has nothing to do.
      ...[...columnsOf(indexes)].map(
        (field) => `DO $$ BEGIN
           IF NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = '${table}'::regclass AND attname = 'f_${field}' AND NOT attisdropped) THEN
             ALTER TABLE ${table} ADD COLUMN ${column(field)} jsonb GENERATED ALWAYS AS (${fieldPath(field)}) STORED;
           END IF;
         END $$`,
      ),
      ...indexes.map((index, i) => indexDdl(names[i], table, index)),
      // Indexes no longer declared (or made by an earlier version of this adapter) only slow the writes down.
      `DO $$ DECLARE stale record; BEGIN
         FOR stale IN SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
           WHERE i.indrelid = '${table}'::regclass AND NOT i.indisprimary AND c.relname LIKE 'rm\\_%' AND c.relname <> ALL (ARRAY[${names.map((n) => `'${n}'`).join(', ')}]::name[])
         LOOP EXECUTE format('DROP INDEX %I.%I', '${this.schema}', stale.relname); END LOOP;
       END $$`,
    ];
    await this.sql.exec(statements.join(';\n'));
  }

  private where(collection: string, filter: Record<string, unknown>, params: unknown[]): string {
    const indexes = this.declared.get(collection) ?? [];
    const columns = columnsOf(indexes);
    const clauses = Object.entries(filter).map(([field, value]) => {
      if (field.startsWith('$')) throw new Error(`read-model filter field must not start with '$': ${field}`);
      const values = (Array.isArray(value) ? value : [value]).map((v) => v ?? null);
      if (values.length === 0) return 'FALSE';
      if (field === '_id') return `id = ANY($${params.push(values.filter((v) => v !== null).map(String))}::text[])`;
      const multiValued = indexes.some((i) => i.multiValued && i.fields[0] === field);
      const path = !multiValued && columns.has(field) ? column(field) : fieldPath(field);
      const present = values.filter((v) => v !== null);
      const parts = values.length > present.length ? [`(${path} IS NULL OR ${path} = 'null'::jsonb)`] : [];
      if (multiValued) {
        // Contains: the GIN index answers it.
        for (const v of present) parts.push(`${path} @> $${params.push(JSON.stringify([v]))}::jsonb`);
      } else if (path !== fieldPath(field)) {
        // One value as an equality, not ANY of one: PostgreSQL 15 reads an index in order only through equalities.
        if (present.length === 1) parts.push(`${path} = $${params.push(JSON.stringify(present[0]))}::jsonb`);
        else if (present.length) parts.push(`${path} = ANY($${params.push(present.map((v) => JSON.stringify(v)))}::jsonb[])`);
      } else {
        // Not declared (only where no index is needed): equal, or a list holding the value.
        for (const v of present) {
          const p = params.push(JSON.stringify(v));
          parts.push(`(${path} = $${p}::jsonb OR (jsonb_typeof(${path}) = 'array' AND ${path} @> jsonb_build_array($${p}::jsonb)))`);
        }
      }
      return parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`;
    });
    return clauses.length ? clauses.join(' AND ') : 'TRUE';
  }
}

function fieldPath(field: string): string {
  if (!/^[A-Za-z0-9_]{1,64}$/.test(field)) throw new Error(`Not a read-model field name: ${field}`);
  return `(doc->'${field}')`;
}

/** The column holding a declared field's value: `f_` and the field, quoted (field names keep their case). */
function column(field: string): string {
  fieldPath(field);
  return `"f_${field}"`;
}

/** The fields of a collection's declared (single-valued) indexes: each one a generated column. */
function columnsOf(indexes: readonly ReadModelIndex[]): Set<string> {
  return new Set(indexes.filter((i) => !i.multiValued).flatMap((i) => i.fields.filter((f) => f !== '_id')));
}

function orderBy(sort: string, columns: Set<string>): string {
  const desc = sort.startsWith('-');
  const field = desc ? sort.slice(1) : sort;
  const direction = desc ? 'DESC' : 'ASC';
  if (field === '_id') return `id ${direction}`;
  // Absent first going up, last going down (MongoDB's order); the id settles ties, so pages do not overlap.
  return `${columns.has(field) ? column(field) : fieldPath(field)} ${direction} NULLS ${desc ? 'LAST' : 'FIRST'}, id ${direction}`;
}

/** Named after the collection and its definition (on columns since v2), so an index is made once and a changed one anew. */
function indexName(collection: string, index: ReadModelIndex): string {
  return `rm_${createHash('sha1').update(`v2:${collection}:${JSON.stringify(index)}`).digest('hex').slice(0, 16)}`;
}

function indexDdl(name: string, table: string, index: ReadModelIndex): string {
  if (index.multiValued) return `CREATE INDEX IF NOT EXISTS ${name} ON ${table} USING gin (${fieldPath(index.fields[0])})`;
  const columns = index.fields.map((f) => (f === '_id' ? 'id' : `${column(f)} NULLS FIRST`));
  if (!index.unique && !index.fields.includes('_id')) columns.push('id');
  return `CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${name} ON ${table} (${columns.join(', ')})`;
}

function toDoc(row: Row): Record<string, unknown> {
  return { ...row.doc, _id: row.id, _position: Number(row.position) };
}

function isUndefinedTable(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === '42P01' || /relation .* does not exist/i.test(String((error as Error | null)?.message));
}
