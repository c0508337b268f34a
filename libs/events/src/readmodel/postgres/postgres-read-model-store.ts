import { createHash } from 'node:crypto';
import { assertIdentifier } from '../../store/postgres/schema.sql';
import type { SqlExecutor } from '../../store/postgres/sql-executor';
import { assertIndexed } from '../index-coverage';
import { assertStorableKeys } from '../in-memory-read-model-store';
import type { FindOptions, ReadModelIndex, ReadModelStore, Stored } from '../read-model-store.port';

interface Row {
  id: string;
  position: string | number;
  doc: Record<string, unknown>;
}

/**
 * Read models in PostgreSQL (a server, or the embedded PGlite): a table per collection in the
 * service's schema, the document as JSONB beside its id and position, and each declared index
 * as an expression index on the document's fields. Equality filters compare JSONB values
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
    await sql.exec(`CREATE SCHEMA IF NOT EXISTS ${assertIdentifier(schema)}`);
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
    if (options.sort) sql += ` ORDER BY ${orderBy(options.sort)}`;
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
    const statements = [
      // Instances starting together would race on the catalogue: one at a time, for this table.
      `SELECT pg_advisory_xact_lock(hashtext('${this.schema}.rm_${collection}'))`,
      `CREATE TABLE IF NOT EXISTS ${table} (id text COLLATE "C" PRIMARY KEY, position bigint NOT NULL, doc jsonb NOT NULL)`,
      ...(this.declared.get(collection) ?? []).map((index) => indexDdl(collection, table, index)),
    ];
    await this.sql.exec(statements.join(';\n'));
  }

  private where(collection: string, filter: Record<string, unknown>, params: unknown[]): string {
    const indexes = this.declared.get(collection) ?? [];
    const clauses = Object.entries(filter).map(([field, value]) => {
      if (field.startsWith('$')) throw new Error(`read-model filter field must not start with '$': ${field}`);
      const values = (Array.isArray(value) ? value : [value]).map((v) => v ?? null);
      if (values.length === 0) return 'FALSE';
      if (field === '_id') return `id = ANY($${params.push(values.filter((v) => v !== null).map(String))}::text[])`;
      const path = fieldPath(field);
      const present = values.filter((v) => v !== null);
      const parts = values.length > present.length ? [`(${path} IS NULL OR ${path} = 'null'::jsonb)`] : [];
      if (indexes.some((i) => i.multiValued && i.fields[0] === field)) {
        // Contains: the GIN index answers it.
        for (const v of present) parts.push(`${path} @> $${params.push(JSON.stringify([v]))}::jsonb`);
      } else if (indexes.some((i) => !i.multiValued && i.fields.includes(field))) {
        if (present.length) parts.push(`${path} = ANY($${params.push(present.map((v) => JSON.stringify(v)))}::jsonb[])`);
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

function orderBy(sort: string): string {
  const desc = sort.startsWith('-');
  const field = desc ? sort.slice(1) : sort;
  const direction = desc ? 'DESC' : 'ASC';
  if (field === '_id') return `id ${direction}`;
  // Absent first going up, last going down (MongoDB's order); the id settles ties, so pages do not overlap.
  return `${fieldPath(field)} ${direction} NULLS ${desc ? 'LAST' : 'FIRST'}, id ${direction}`;
}

function indexDdl(collection: string, table: string, index: ReadModelIndex): string {
  const name = `rm_${createHash('sha1').update(`${collection}:${JSON.stringify(index)}`).digest('hex').slice(0, 16)}`;
  if (index.multiValued) return `CREATE INDEX IF NOT EXISTS ${name} ON ${table} USING gin (${fieldPath(index.fields[0])})`;
  const columns = index.fields.map((f) => (f === '_id' ? 'id' : `${fieldPath(f)} NULLS FIRST`));
  if (!index.unique && !index.fields.includes('_id')) columns.push('id');
  return `CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${name} ON ${table} (${columns.join(', ')})`;
}

function toDoc(row: Row): Record<string, unknown> {
  return { ...row.doc, _id: row.id, _position: Number(row.position) };
}

function isUndefinedTable(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === '42P01' || /relation .* does not exist/i.test(String((error as Error | null)?.message));
}
