/** The one thing the PostgreSQL adapter needs from a driver: `pg`'s Pool and PGlite both fit. */
export interface SqlExecutor {
  /** `name`: prepare once per connection and reuse (ignored where the driver has no such thing). */
  query<R = Record<string, unknown>>(sql: string, params?: unknown[], name?: string): Promise<{ rows: R[] }>;
  /** Several statements, no parameters (schema setup). */
  exec(sql: string): Promise<unknown>;
  close(): Promise<void>;
}
