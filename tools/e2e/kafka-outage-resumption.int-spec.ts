import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { requireEnv } from '@homeward/events/testing';
import type { RecordedEvent } from '@homeward/events';
import type { RunningService } from '@homeward/platform';
import { intakeService } from '../../apps/intake/src/intake.module';
import { monitoringService } from '../../apps/monitoring/src/monitoring.module';
import { startPrivateKafka, type PrivateKafka } from '../testing/private-kafka';
import { startTestService } from '../testing/test-services';
import { listCases, registerReturnee } from './registration-slice.scenario';

const RESUMES_WITHIN_MS = 5_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const portOpen = (host: string, port: number) =>
  new Promise<boolean>((ok) => {
    const socket = connect({ host, port }, () => (socket.destroy(), ok(true)));
    socket.on('error', () => ok(false));
  });

/** When each of intake's cases arrived in monitoring's inbox (its own store), and each event that did. */
function watchInbox(monitoring: RunningService) {
  const firstSeen = new Map<string, number>();
  const events: RecordedEvent[] = [];
  let after = 0;
  let watching = true;
  const done = (async () => {
    while (watching) {
      const page = await monitoring.infra.store.readAll({ after, maxCount: 1_000 });
      for (const event of page) {
        after = event.globalPosition;
        const caseId = /^inbox\.intake\.case-(.+)$/.exec(event.streamId)?.[1];
        if (!caseId) continue;
        events.push(event);
        // A case has arrived when both of its events have.
        if (events.filter((e) => e.streamId === event.streamId).length === 2) firstSeen.set(caseId, Date.now());
      }
      if (page.length === 0) await sleep(100);
    }
  })();
  return { firstSeen, events, stop: () => ((watching = false), done) };
}

/**
 * Kafka stopped for 15 s in the middle of a steady stream of registrations, then started again:
 * intake keeps taking registrations, and once the broker accepts connections again (and nothing
 * new is written to wake the relay) everything written meanwhile is delivered to monitoring within seconds, each event once. The broker is the
 * test's own: stopping the shared one would pull it from under everyone else using it.
 */
describe('Delivery after a broker outage (a real Kafka stopped and restarted mid-burst)', () => {
  requireEnv('HOMEWARD_PG_URL');
  requireEnv('HOMEWARD_MONGO_URL');
  const namespace = `t${randomBytes(4).toString('hex')}`;
  let kafka: PrivateKafka;
  let intake: RunningService;
  let monitoring: RunningService;

  beforeAll(async () => {
    kafka = await startPrivateKafka();
    const options = { mode: 'distributed', namespace, kafkaBrokers: kafka.brokers } as const;
    monitoring = await startTestService('monitoring', monitoringService, options);
    intake = await startTestService('intake', intakeService, options);
  }, 180_000);
  afterAll(async () => {
    await intake?.close();
    await monitoring?.close();
    await kafka?.remove();
  }, 60_000);

  it(`delivers what was written meanwhile within ${RESUMES_WITHIN_MS / 1000} s of the broker coming back, each event once`, async () => {
    const [host, port] = kafka.brokers[0].split(':');
    const registered: Array<{ caseId: string; at: number }> = [];
    let writing = true;
    const writer = (async () => {
      while (writing) {
        const res = await registerReturnee(intake);
        if (res.status !== 201) throw new Error(`registration answered ${res.status}`);
        registered.push({ caseId: res.body.caseId, at: Date.now() });
        await sleep(150);
      }
    })();
    const inbox = watchInbox(monitoring);

    await sleep(3_000);
    const stopping = kafka.stop();
    while (await portOpen(host, Number(port))) await sleep(50);
    const down = Date.now();
    await stopping;
    await sleep(15_000);
    const started = kafka.start();
    while (!(await portOpen(host, Number(port)))) await sleep(50);
    const back = Date.now();
    // Nothing written from now on wakes the relay: it must come back by itself.
    writing = false;
    await writer;
    const writtenWhileDown = registered.filter((r) => r.at >= down && r.at < back);
    // Everything written before the broker came back, as far as the relay is concerned.
    const headWhenBack = await intake.infra.store.headPosition();
    const relay = (async () => {
      while ((await intake.infra.store.checkpoints.load('outbox-relay')) < headWhenBack) await sleep(100);
      return Date.now() - back;
    })();

    await started;
    const deadline = Date.now() + 90_000;
    while (registered.some((r) => !inbox.firstSeen.has(r.caseId)) && Date.now() < deadline) await sleep(200);
    await inbox.stop();
    let listed = await listCases(monitoring);
    while (listed.length < registered.length && Date.now() < deadline) listed = await listCases(monitoring);
    const listedAfter = Date.now() - back;

    const deliveredAfter = Math.max(...writtenWhileDown.map((r) => inbox.firstSeen.get(r.caseId) ?? Infinity)) - back;
    console.log(
      `[outage] broker down ${back - down} ms; ${writtenWhileDown.length} of ${registered.length} registrations while it was; ` +
        `relay caught up ${await relay} ms after it accepted connections again, monitoring's inbox had them all ${deliveredAfter} ms after, ` +
        `its case list ${listedAfter} ms after at most (read-model throughput, not the broker)`,
    );
    expect(writtenWhileDown.length).toBeGreaterThan(20);
    expect(registered.filter((r) => !inbox.firstSeen.has(r.caseId))).toEqual([]);
    // Redeliveries are expected after an outage; the inbox keeps each event once.
    const ids = inbox.events.map((e) => e.eventId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(registered.length * 2);
    for (const { caseId } of registered) {
      expect(inbox.events.filter((e) => e.streamId === `inbox.intake.case-${caseId}`).map((e) => e.type)).toEqual(['intake.ReturneeRegistered', 'intake.CaseOpened']);
    }
    expect(listed.map((c) => c.caseId).sort()).toEqual(registered.map((r) => r.caseId).sort());
    expect(deliveredAfter).toBeLessThan(RESUMES_WITHIN_MS);
  }, 300_000);
});
