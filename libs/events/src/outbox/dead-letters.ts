import type { RecordedEvent } from '../envelope';
import { assertIdentifier } from '../store/postgres/schema.sql';
import type { SqlExecutor } from '../store/postgres/sql-executor';
import { ddlOnce } from '../store/postgres/ddl';

/** An event another service published that this one could not take in, kept with why. */
export interface DeadLetter {
  event: RecordedEvent;
  topic: string;
  partition: number;
  offset: string;
  error: string;
  attempts: number;
  deadAt: string;
}

/**
 * Where the inbox puts a poison event instead of retrying it forever and holding up its
 * partition: in the consuming service's own database, for an operator to look at and retry.
 */
export interface DeadLetterStore {
  put(letter: Omit<DeadLetter, 'deadAt'>): Promise<void>;
  list(): Promise<DeadLetter[]>;
  /** The letter is dealt with (re-imported): it leaves the store. */
  remove(eventId: string): Promise<void>;
}

export class PostgresDeadLetters implements DeadLetterStore {
  private constructor(
    private readonly sql: SqlExecutor,
    private readonly s: string,
  ) {}

  static async open(sql: SqlExecutor, schema: string): Promise<PostgresDeadLetters> {
    const s = assertIdentifier(schema);
    await ddlOnce(sql, `${s}.dead_letters`, `CREATE SCHEMA IF NOT EXISTS ${s};
CREATE TABLE IF NOT EXISTS ${s}.dead_letters (
  event_id uuid PRIMARY KEY,
  topic text NOT NULL,
  partition int NOT NULL,
  "offset" text NOT NULL,
  event jsonb NOT NULL,
  error text NOT NULL,
  attempts int NOT NULL,
  dead_at timestamptz NOT NULL DEFAULT now()
);`);
    return new PostgresDeadLetters(sql, s);
  }

  async put({ event, topic, partition, offset, error, attempts }: Omit<DeadLetter, 'deadAt'>): Promise<void> {
    await this.sql.query(
      `INSERT INTO ${this.s}.dead_letters (event_id, topic, partition, "offset", event, error, attempts) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (event_id) DO UPDATE SET error = EXCLUDED.error, attempts = ${this.s}.dead_letters.attempts + EXCLUDED.attempts, dead_at = now()`,
      [event.eventId, topic, partition, offset, JSON.stringify(event), error, attempts],
    );
  }

  async list(): Promise<DeadLetter[]> {
    const { rows } = await this.sql.query<{ topic: string; partition: number; offset: string; event: RecordedEvent | string; error: string; attempts: number; dead_at: Date | string }>(
      `SELECT topic, partition, "offset", event, error, attempts, dead_at FROM ${this.s}.dead_letters ORDER BY dead_at, event_id`,
    );
    return rows.map((r) => ({
      event: typeof r.event === 'string' ? JSON.parse(r.event) : r.event,
      topic: r.topic,
      partition: r.partition,
      offset: r.offset,
      error: r.error,
      attempts: r.attempts,
      deadAt: new Date(r.dead_at).toISOString(),
    }));
  }

  async remove(eventId: string): Promise<void> {
    await this.sql.query(`DELETE FROM ${this.s}.dead_letters WHERE event_id = $1`, [eventId]);
  }
}
