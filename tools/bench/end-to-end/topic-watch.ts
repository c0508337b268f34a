import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { joined } from './kafka-probe';

/**
 * Reads intake's topic in a group of its own and keeps, per `intake.CaseOpened`, the message's
 * CreateTime (set by the relay's producer as it sent it: when the relay published) and when this
 * bare consumer got it. The first copy counts; a repeat around a lease take-over is counted apart.
 */
export class TopicWatch {
  readonly published = new Map<string, number>();
  readonly received = new Map<string, number>();
  messages = 0;
  repeats = 0;
  /** CreateTimes seen: the relay's producer stamps one per send (to the millisecond), so their number is about how many sends it made. */
  readonly sendTimes = new Set<string>();

  private constructor(private readonly consumer: Consumer) {}

  static async open(brokers: string[], topic: string, groupId: string): Promise<TopicWatch> {
    const consumer = new Kafka({ brokers, clientId: 'bench-topic-watch', logLevel: logLevel.NOTHING }).consumer({ groupId, allowAutoTopicCreation: false });
    const watch = new TopicWatch(consumer);
    await joined(consumer, async () => {
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      await consumer.run({
        eachMessage: async ({ message }) => {
          const now = Date.now();
          watch.messages++;
          watch.sendTimes.add(message.timestamp);
          if (message.headers?.['event-type']?.toString() !== 'intake.CaseOpened') return;
          const id = message.headers['event-id']!.toString();
          if (watch.published.has(id)) {
            watch.repeats++;
            return;
          }
          watch.published.set(id, Number(message.timestamp));
          watch.received.set(id, now);
        },
      });
    });
    return watch;
  }

  async close(): Promise<void> {
    await this.consumer.disconnect().catch(() => undefined);
  }
}
