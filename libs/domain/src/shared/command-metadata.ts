/** Time, ids and the actor arrive with the command: deciders never read a clock. */
export interface CommandMetadata {
  now: string;
  /**
   * The calendar day (YYYY-MM-DD) in the time zone of the office that acts: what "today" and
   * "in the future" mean for the facts it records. The adapter works it out; the domain never does.
   */
  today: string;
  userId: string;
  /** The actor's role, where a rule depends on it (a supervisor may act for the case manager). */
  role?: string;
}
