/** The one thing the PostgreSQL adapter needs from a driver: `pg`'s Pool and PGlite both fit. */
export interface SqlExecutor {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
  /** Several statements, no parameters (schema setup). */
  exec(sql: string): Promise<unknown>;
  close(): Promise<void>;
}
