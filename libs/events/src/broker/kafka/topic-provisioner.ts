import type { Admin } from 'kafkajs';
import type { ReplaceableClient } from './replaceable-client';

export interface TopicSettings {
  numPartitions: number;
  replicationFactor: number;
}

/**
 * Creates topics on first use. Event topics are the long-term shared log (other services
 * and the data platform replay them from the start), so they are created without a time
 * limit; an existing topic is left as it is, since operators may have tuned it.
 */
export class TopicProvisioner {
  private readonly ensured = new Map<string, Promise<void>>();

  constructor(
    private readonly admin: ReplaceableClient<Admin>,
    private readonly settings: TopicSettings,
  ) {}

  /**
   * The topics not yet ensured are created in one request: several created at once in separate requests
   * (a service consuming three contexts, on a new broker) had kafkajs ask for one's leaders while another's
   * creation was under way, and fail with "This server does not host this topic-partition".
   */
  async ensure(topics: string[]): Promise<void> {
    const missing = [...new Set(topics)].filter((t) => !this.ensured.has(t));
    if (missing.length) {
      const created = this.create(missing);
      for (const topic of missing) this.ensured.set(topic, created);
      created.catch(() => missing.forEach((t) => this.ensured.delete(t))); // try again on the next call
    }
    await Promise.all(topics.map((t) => this.ensured.get(t)));
  }

  private async create(topics: string[]): Promise<void> {
    // Resolves false when the topics exist already, which is fine.
    await this.admin.use((admin) =>
      admin.createTopics({
        waitForLeaders: true,
        topics: topics.map((topic) => ({ topic, ...this.settings, configEntries: [{ name: 'retention.ms', value: '-1' }] })),
      }),
    );
  }
}
