import { randomBytes } from 'node:crypto';
import type { RunningService } from '@homeward/platform';
import { requireEnv } from '@homeward/events/testing';
import { intakeService } from '../../apps/intake/src/intake.module';
import { monitoringService } from '../../apps/monitoring/src/monitoring.module';
import { startPrivateKafka, type PrivateKafka } from '../testing/private-kafka';
import { startTestService } from '../testing/test-services';
import { registerReturnee, waitForCaseInMonitoring } from './registration-slice.scenario';

/**
 * Distributed mode against the real servers: intake and two monitoring instances, each
 * with its own PostgreSQL schema and Mongo database, talking only through Kafka. The broker is
 * the suite's own, since the last test stops it: the shared one serves the suites running beside.
 */
describe('Distributed mode: intake → Kafka → monitoring, on real PostgreSQL, Kafka and FerretDB', () => {
  requireEnv('HOMEWARD_PG_URL');
  requireEnv('HOMEWARD_MONGO_URL');
  const namespace = `t${randomBytes(4).toString('hex')}`;
  let kafka: PrivateKafka;
  let intake: RunningService;
  let monitoring: RunningService[];

  beforeAll(async () => {
    kafka = await startPrivateKafka();
    const options = { mode: 'distributed', namespace, kafkaBrokers: kafka.brokers } as const;
    monitoring = [
      await startTestService('monitoring', monitoringService, options),
      // The same service twice: one schema, one database, one consumer group.
      await startTestService('monitoring', monitoringService, options),
    ];
    intake = await startTestService('intake', intakeService, options);
  }, 180_000);
  afterAll(async () => {
    await intake?.close();
    for (const m of monitoring ?? []) await m.close();
    await kafka?.remove();
  }, 60_000);

  it('shows a registered returnee in the monitoring case list', async () => {
    const res = await registerReturnee(intake);
    expect(res.status).toBe(201);
    expect(await waitForCaseInMonitoring(monitoring[0], res.body.caseId, 60000)).toBe(1);
  });

  it('splits the work between two monitoring instances of one consumer group', async () => {
    const before = monitoring.map((m) => m.infra.inbox!.handled);
    const ids: string[] = [];
    // 24 random case ids over 3 partitions: the chance that all land on one member's partitions is below 1 in 10,000.
    for (let i = 0; i < 24; i++) ids.push((await registerReturnee(intake)).body.caseId);
    for (const id of ids) expect(await waitForCaseInMonitoring(monitoring[1], id, 60000)).toBe(1);
    const handled = monitoring.map((m, i) => m.infra.inbox!.handled - before[i]);
    expect(handled[0]).toBeGreaterThan(0);
    expect(handled[1]).toBeGreaterThan(0);
    expect(handled[0] + handled[1]).toBeGreaterThanOrEqual(ids.length * 2);
  });

  it('keeps accepting registrations while Kafka is down, and delivers them exactly once when it is back', async () => {
    await kafka.stop();
    const res = await registerReturnee(intake);
    expect(res.status).toBe(201);
    const history = await intake.infra.store.readStream(`case-${res.body.caseId}`);
    expect(history).toHaveLength(2);
    await kafka.start();
    expect(await waitForCaseInMonitoring(monitoring[0], res.body.caseId, 90000)).toBe(1);
    const inbox = await monitoring[0].infra.store.readStream(`inbox.intake.case-${res.body.caseId}`);
    expect(inbox.map((e) => e.type)).toEqual(['intake.ReturneeRegistered', 'intake.CaseOpened']);
  }, 180000);
});
