import type { EvictMember } from './evict-member';
import type { BrokerLog } from './kafka-log';

/** The coordinator may still be loading its groups just after the broker came back. */
const EVICT_TRIES = 10;
const EVICT_SPACING_MS = 500;

/**
 * Member ids of a group's crashed consumers that may still be in the group. kafkajs tries to
 * leave the group before reporting a crash, but with the broker down it cannot; the restarted
 * broker then reloads the group with that member in it, and a rebalance waits for it until its
 * session times out. They are evicted as soon as a consumer has connected again.
 */
export class LeftBehindMembers {
  private readonly ids = new Set<string>();
  private evicting = false;

  constructor(
    private readonly groupId: string,
    private readonly evict: EvictMember | undefined,
    private readonly log: BrokerLog,
    private readonly stopped: () => boolean,
  ) {}

  add(memberId: string): void {
    if (this.evict) this.ids.add(memberId);
  }

  /** Evicts them all; one that cannot be evicted now is tried again on the next call. */
  async evictAll(): Promise<void> {
    if (!this.evict || this.evicting || this.ids.size === 0) return;
    this.evicting = true;
    try {
      for (const memberId of [...this.ids]) if (!(await this.evictOne(this.evict, memberId))) return;
    } finally {
      this.evicting = false;
    }
  }

  private async evictOne(evict: EvictMember, memberId: string): Promise<boolean> {
    const { groupId } = this;
    for (let attempt = 1; !this.stopped(); attempt++) {
      try {
        // 'gone' when kafkajs did leave (the broker was up) or the session had timed out already.
        if ((await evict(groupId, memberId)) === 'evicted') this.log('info', 'evicted the group member a crashed consumer left behind', { groupId, memberId });
        this.ids.delete(memberId);
        return true;
      } catch (error) {
        if (attempt >= EVICT_TRIES) {
          // Not fatal: the coordinator drops the member when its session times out.
          this.log('warn', 'could not evict a group member left behind; the group may wait for its session timeout', { groupId, memberId, error: String(error) });
          return false;
        }
        await new Promise((r) => setTimeout(r, EVICT_SPACING_MS));
      }
    }
    return false;
  }
}
