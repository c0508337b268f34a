import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { pgExecutor, topicOf } from '@homeward/events';
import { requireEnv } from '@homeward/events/testing';
import type { RunningService } from '@homeward/platform';
import { intakeService } from '../../apps/intake/src/intake.module';
import { monitoringService } from '../../apps/monitoring/src/monitoring.module';
import { eventually, startTestService } from '../testing/test-services';
import { runIntakeJourney } from './intake-journey.scenario';
import { returneeNameInMonitoring } from './returnee-name-in-monitoring.scenario';

/**
 * The README's intake journey in distributed mode: intake on real PostgreSQL and FerretDB,
 * its events on real Kafka, read by monitoring into its own store.
 */
describe('Distributed mode: the intake journey of the README, on real PostgreSQL, Kafka and FerretDB', () => {
  requireEnv('HOMEWARD_PG_URL');
  requireEnv('HOMEWARD_KAFKA_BROKERS');
  requireEnv('HOMEWARD_MONGO_URL');
  const namespace = `j${randomBytes(4).toString('hex')}`;
  let intake: RunningService;
  let monitoring: RunningService;
  let journey: Awaited<ReturnType<typeof runIntakeJourney>>;

  beforeAll(async () => {
    monitoring = await startTestService('monitoring', monitoringService, { mode: 'distributed', namespace });
    intake = await startTestService('intake', intakeService, { mode: 'distributed', namespace });
    journey = await runIntakeJourney(intake);
  }, 120000);
  afterAll(async () => {
    await intake?.close();
    await monitoring?.close();
  });

  it('walks the journey: consent gates assessment, the urgent need is listed, sharing stops at withdrawal', () => {
    expect(journey.refusedBeforeConsent.body.code).toBe('CONSENT_REQUIRED');
    expect(journey.urgentList.some((n) => n.needId === journey.urgent.needId)).toBe(true);
    expect(journey.sharedBefore.status).toBe(201);
    expect(journey.refusedAfter).toMatchObject({ allowed: false, reason: 'CONSENT_WITHDRAWN' });
    expect(journey.sharedAfter.status).toBe(403);
  });

  it('publishes the urgent need and the consent decisions over Kafka, with no personal part but the details shared sealed under consent', async () => {
    const inbox = await eventually(
      () => monitoring.infra.store.readStream(`inbox.intake.case-${journey.caseId}`),
      (events) => events.some((e) => e.type === 'intake.ConsentWithdrawn'),
      60000,
    );
    const types = inbox.map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['intake.UrgentNeedIdentified', 'intake.ConsentGiven', 'intake.ConsentWithdrawn', 'intake.PersonalDataShared']));
    expect(inbox.find((e) => e.type === 'intake.UrgentNeedIdentified')?.data).toMatchObject({ serviceNeeded: 'medical', urgency: 'life_threatening' });
    // Only the details shared under consent to assistance carry a personal part, which monitoring reads opened (below).
    const withPersonal = inbox.filter((e) => e.data.personal !== undefined);
    expect(withPersonal.map((e) => e.type)).toEqual(['intake.ReturneeDetailsShared']);
    const everything = JSON.stringify(inbox.filter((e) => e.type !== 'intake.ReturneeDetailsShared'));
    for (const secret of [journey.returnee.firstName, 'Diallo', '1994-03-02', 'No insulin left', 'Diabetes', 'Fatou Sow', 'physical_health', 'health_and_wellbeing']) {
      expect(everything).not.toContain(secret);
    }
  });

  it('stores no personal detail in the clear: the rows of intake hold sealed parts under the keys of the returnee, its reads answer in the clear', async () => {
    const sql = await pgExecutor(requireEnv('HOMEWARD_PG_URL'), 1);
    try {
      const { rows } = await sql.query<{ row: string }>(`SELECT e::text AS row FROM intake_${namespace}.events e WHERE stream_id = $1`, [`case-${journey.caseId}`]);
      expect(rows.length).toBeGreaterThan(5);
      const stored = rows.map((r) => r.row).join('\n');
      for (const secret of [journey.returnee.firstName, 'Diallo', '1994-03-02', 'No insulin left', 'Diabetes', 'Fatou Sow']) expect(stored).not.toContain(secret);
      expect(stored).toContain('$sealed');
      const keys = await sql.query<{ key_class: string }>(`SELECT key_class FROM keys_${namespace}.data_keys WHERE subject_id = $1 ORDER BY key_class`, [journey.caseId]);
      expect(keys.rows.map((k) => k.key_class)).toEqual(['personal', 'sensitive']);
    } finally {
      await sql.close();
    }
    const history = await intake.infra.store.readStream(`case-${journey.caseId}`);
    expect(JSON.stringify(history)).toContain('No insulin left');
  });

  it("shows her name, decrypted from the topic, in monitoring's case list to her case manager, not to an M&E officer or a data analyst", async () => {
    const seen = await returneeNameInMonitoring(monitoring, journey.caseId, journey.returnee.firstName);
    expect(seen.asCaseManager).toMatchObject({ caseId: journey.caseId, returnee: { firstName: journey.returnee.firstName, lastName: 'Diallo' } });
    expect(seen.asMeOfficer).toMatchObject({ caseId: journey.caseId });
    expect(seen.asMeOfficer).not.toHaveProperty('returnee');
    expect(seen.asDataAnalyst).toBe(403);
    expect(seen.asAnotherCaseManager).not.toHaveProperty('returnee');
  });

  it("carries it sealed: the topic's bytes and monitoring's rows hold no personal detail in the clear", async () => {
    const messages = await caseMessagesOnTopic(`${namespace}.${topicOf('intake')}`, journey.caseId);
    const shared = messages.filter((m) => m.type === 'intake.ReturneeDetailsShared');
    expect(shared).toHaveLength(1);
    expect(JSON.parse(shared[0].value).data.personal).toEqual({ $sealed: expect.objectContaining({ keyClass: 'personal' }) });
    const sql = await pgExecutor(requireEnv('HOMEWARD_PG_URL'), 1);
    let stored: string;
    try {
      const { rows } = await sql.query<{ row: string }>(`SELECT e::text AS row FROM monitoring_${namespace}.events e WHERE stream_id = $1`, [`inbox.intake.case-${journey.caseId}`]);
      stored = rows.map((r) => r.row).join('\n');
    } finally {
      await sql.close();
    }
    expect(stored).toContain('$sealed');
    const onTopic = messages.map((m) => m.value).join('\n');
    for (const secret of [journey.returnee.firstName, 'Diallo', '1994-03-02', 'No insulin left', 'Diabetes', 'Fatou Sow']) {
      expect(onTopic).not.toContain(secret);
      expect(stored).not.toContain(secret);
    }
    const opened = (await monitoring.infra.store.readStream(`inbox.intake.case-${journey.caseId}`)).find((e) => e.type === 'intake.ReturneeDetailsShared');
    expect(opened?.data.personal).toMatchObject({ firstName: journey.returnee.firstName, lastName: 'Diallo', dateOfBirth: '1994-03-02' });
  });
});

/** The case's messages on the topic as Kafka holds them: each value as the bytes it stored, read by a consumer group of its own. */
async function caseMessagesOnTopic(topic: string, caseId: string): Promise<Array<{ type: string; value: string }>> {
  const kafka = new Kafka({ brokers: requireEnv('HOMEWARD_KAFKA_BROKERS').split(','), clientId: 'journey-topic-bytes', logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(topic);
  await admin.disconnect();
  const remaining = new Map(ends.filter((p) => p.high !== '0').map((p) => [p.partition, BigInt(p.high)]));
  const consumer = kafka.consumer({ groupId: `journey-bytes-${randomBytes(4).toString('hex')}` });
  const found: Array<{ type: string; value: string }> = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    const done = new Promise<void>((resolve) => {
      if (!remaining.size) resolve();
      void consumer.run({
        eachMessage: async ({ partition, message }) => {
          if (message.key?.toString() === caseId) found.push({ type: message.headers!['event-type']!.toString(), value: message.value!.toString('utf8') });
          if (BigInt(message.offset) + 1n >= (remaining.get(partition) ?? 0n)) remaining.delete(partition);
          if (!remaining.size) resolve();
        },
      });
    });
    await Promise.race([done, new Promise((_, reject) => setTimeout(() => reject(new Error('the topic was not read to its end in 30 s')), 30000))]);
  } finally {
    await consumer.disconnect();
  }
  return found;
}
