/** Time, ids and the actor arrive with the command: deciders never read a clock. */
export interface CommandMetadata {
  now: string;
  userId: string;
  /** The actor's role, where a rule depends on it (a supervisor may act for the case manager). */
  role?: string;
}
