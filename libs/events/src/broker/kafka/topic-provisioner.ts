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

  async ensure(topics: string[]): Promise<void> {
    await Promise.all(topics.map((topic) => this.ensureOne(topic)));
  }

  private ensureOne(topic: string): Promise<void> {
    let ensured = this.ensured.get(topic);
    if (!ensured) {
      ensured = this.create(topic);
      this.ensured.set(topic, ensured);
      ensured.catch(() => this.ensured.delete(topic)); // try again on the next call
    }
    return ensured;
  }

  private async create(topic: string): Promise<void> {
    // Resolves false when the topic exists already, which is fine.
    await this.admin.use((admin) =>
      admin.createTopics({
        waitForLeaders: true,
        topics: [{ topic, ...this.settings, configEntries: [{ name: 'retention.ms', value: '-1' }] }],
      }),
    );
  }
}
