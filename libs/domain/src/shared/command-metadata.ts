/** Time, ids and the actor arrive with the command: deciders never read a clock. */
export interface CommandMetadata {
  now: string;
  userId: string;
}
