import { randomBytes } from 'node:crypto';
import { Kafka, logLevel, type Consumer, type Producer } from 'kafkajs';

export interface ProbeResult {
  latenciesMs: number[];
  lost: number;
  repeats: number;
}

/**
 * The reference the target is set against: a bare kafkajs round trip on the same broker, at the
 * same moment and rate as the registrations. A producer with kafkajs's defaults (acks from all
 * in-sync replicas) sends one small message per tick to a topic of its own (3 partitions, as the
 * platform's); a consumer of its own group, in this process, times each from just before `send`
 * to its `eachMessage`. Nothing of the platform is in the way: no database, no outbox, no inbox.
 */
export class KafkaProbe {
  /** Round trip of each message by its number; a repeat (the producer retrying a send it thought lost) is counted apart. */
  private readonly samples = new Map<number, { measured: boolean; ms: number }>();
  private repeats = 0;
  private sending?: Promise<void>;
  private stopped = false;
  sent = 0;
  sendErrors = 0;

  private constructor(
    private readonly topic: string,
    private readonly producer: Producer,
    private readonly consumer: Consumer,
  ) {}

  static async open(brokers: string[], topic: string, groupId: string): Promise<KafkaProbe> {
    const kafka = new Kafka({ brokers, clientId: 'bench-kafka-probe', logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 3, replicationFactor: 1 }], waitForLeaders: true });
    await admin.disconnect();
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false });
    const probe = new KafkaProbe(topic, producer, consumer);
    await joined(consumer, async () => {
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      await consumer.run({
        eachMessage: async ({ message }) => {
          const { k, sentAt, measured } = JSON.parse(message.value!.toString()) as { k: number; sentAt: number; measured: boolean };
          if (probe.samples.has(k)) probe.repeats++;
          else probe.samples.set(k, { measured, ms: performance.now() - sentAt });
        },
      });
    });
    return probe;
  }

  /** Sends at `rate` for the warm-up and the measured window, in the background (an open loop, as the registrations). */
  begin(rate: number, warmupSeconds: number, seconds: number): void {
    const total = Math.round(rate * (warmupSeconds + seconds));
    const warmup = Math.round(rate * warmupSeconds);
    const start = performance.now();
    this.sending = (async () => {
      const sends: Array<Promise<unknown>> = [];
      for (let k = 0; k < total && !this.stopped; k++) {
        const wait = start + (k * 1000) / rate - performance.now();
        if (wait > 1) await new Promise((r) => setTimeout(r, wait));
        const value = JSON.stringify({ k, measured: k >= warmup, sentAt: performance.now(), pad: randomBytes(64).toString('hex') });
        this.sent++;
        sends.push(this.producer.send({ topic: this.topic, messages: [{ key: randomBytes(8).toString('hex'), value }] }).catch(() => this.sendErrors++));
      }
      await Promise.all(sends);
    })();
  }

  /** Round trips of the measured window, once everything sent has arrived (or 10 s after the last send); how many never did, and repeats. */
  async measured(): Promise<ProbeResult> {
    await this.sending;
    const deadline = Date.now() + 10_000;
    while (this.samples.size < this.sent - this.sendErrors && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const all = [...this.samples.values()];
    return { latenciesMs: all.filter((s) => s.measured).map((s) => s.ms), lost: this.sent - this.samples.size, repeats: this.repeats };
  }

  async close(): Promise<void> {
    this.stopped = true;
    await this.sending?.catch(() => undefined);
    await this.consumer.disconnect().catch(() => undefined);
    await this.producer.disconnect().catch(() => undefined);
  }
}

/** Runs `start` and resolves once the consumer has its partitions. */
export async function joined(consumer: Consumer, start: () => Promise<void>): Promise<void> {
  const join = new Promise<void>((resolve) => {
    const off = consumer.on(consumer.events.GROUP_JOIN, () => {
      off();
      resolve();
    });
  });
  await start();
  await join;
}
