import { KafkaProbe } from './kafka-probe';

/**
 * The kafkajs probe in a process of its own (forked by probe-process.ts), as each service is: its
 * round trips do not wait on the bench's own event loop, busy sending registrations and watching
 * the case list. Told what to do over IPC: open, begin, then report once everything arrived; the parent ends it.
 */
export interface ProbeOrders {
  brokers: string[];
  topic: string;
  groupId: string;
  rate: number;
  warmupSeconds: number;
  seconds: number;
}

if (require.main === module) {
  process.once('message', async (orders: ProbeOrders) => {
    try {
      const probe = await KafkaProbe.open(orders.brokers, orders.topic, orders.groupId);
      process.send!({ kind: 'ready' });
      process.once('message', async () => {
        probe.begin(orders.rate, orders.warmupSeconds, orders.seconds);
        const result = await probe.measured();
        await probe.close();
        process.send!({ kind: 'result', result });
        // Alive until the parent, done reading its CPU time, ends it (nothing else holds the process now).
        setInterval(() => {}, 60_000);
      });
    } catch (error) {
      process.send!({ kind: 'error', error: String(error) }, () => process.exit(1));
    }
  });
}
