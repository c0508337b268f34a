import { createHash } from 'node:crypto';

/**
 * One command's answer to one cause, as the command handler makes it idempotent: the ids of
 * what it writes are derived from the cause and the answer's key instead of drawn at random,
 * so running it again (a redelivery, a crash between the append and the reader's checkpoint)
 * finds its own first event already in the stream and appends nothing.
 *
 * The key tells apart the answers one cause legitimately gets: a reaction's name and the
 * command's place in its answer (`start-plan-clock-when-returnee-arrived/0`), or the command
 * type when the caller names no reaction. Other causes touching the same stream, or the same
 * cause touching other streams, derive other ids.
 */
export class CausedAnswer {
  private constructor(
    private readonly causationId: string,
    private readonly key: string,
  ) {}

  /** The answer a command gives, when it answers a cause; undefined for a command someone asked for. */
  static of(context: { causationId?: string | null; reaction?: string }, commandType: string): CausedAnswer | undefined {
    return context.causationId ? new CausedAnswer(context.causationId, context.reaction ?? commandType) : undefined;
  }

  /** The id of the aggregate a caused command creates: the same one each time it runs, so a second run finds it. */
  aggregateId(): string {
    return derivedUuid(this.causationId, this.key, 'aggregate');
  }

  /** The id of the n-th event the answer appends to a stream. */
  eventId(streamId: string, n: number): string {
    return derivedUuid(this.causationId, this.key, streamId, String(n));
  }
}

/**
 * A UUID of version 8 (RFC 9562's custom layout) from a SHA-256 of the parts: valid wherever a
 * UUID is (the store's uuid column, the contracts' uuid format), and the same for the same parts.
 */
function derivedUuid(...parts: string[]): string {
  const b = createHash('sha256').update(JSON.stringify(parts)).digest().subarray(0, 16);
  b[6] = 0x80 | (b[6] & 0x0f);
  b[8] = 0x80 | (b[8] & 0x3f);
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
