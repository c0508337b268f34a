import type { Kafka } from 'kafkajs';

/** What the coordinator said: the member was dropped now, or it was no longer in the group. */
export type Eviction = 'evicted' | 'gone';
export type EvictMember = (groupId: string, memberId: string) => Promise<Eviction>;

interface Coordinator {
  leaveGroup(request: { groupId: string; memberId: string }): Promise<unknown>;
}
interface Cluster {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  findGroupCoordinator(request: { groupId: string }): Promise<Coordinator>;
}
type CreateCluster = (options: Record<string, unknown>) => Cluster;

/**
 * Sends LeaveGroup on behalf of a member whose consumer is gone. A consumer that crashes while
 * the broker is down cannot leave its group, and kafkajs restarts it under a new member id; the
 * restarted broker reloads the group with the old member in it and holds every rebalance until
 * that member's session times out (30 s), so nothing is consumed meanwhile. Java clients avoid
 * this with static membership, which kafkajs lacks. kafkajs 2.2.4 (pinned, unmaintained) has no
 * public call for it either: this uses the cluster factory it keeps behind a symbol, and answers
 * undefined if that is missing, so the group falls back to waiting for the session timeout.
 */
export function memberEvictor(kafka: Kafka): EvictMember | undefined {
  const symbol = Object.getOwnPropertySymbols(kafka).find((s) => s.description === 'private:Kafka:createCluster');
  const createCluster = symbol && ((kafka as unknown as Record<symbol, unknown>)[symbol] as CreateCluster | undefined);
  if (typeof createCluster !== 'function') return undefined;
  return async (groupId, memberId) => {
    const cluster = createCluster({ allowAutoTopicCreation: false });
    try {
      await cluster.connect();
      const coordinator = await cluster.findGroupCoordinator({ groupId });
      await coordinator.leaveGroup({ groupId, memberId });
      return 'evicted';
    } catch (error) {
      if ((error as { type?: string }).type === 'UNKNOWN_MEMBER_ID') return 'gone';
      throw error;
    } finally {
      await cluster.disconnect().catch(() => {});
    }
  };
}
