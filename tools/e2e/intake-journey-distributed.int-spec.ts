import { randomBytes } from 'node:crypto';
import { pgExecutor } from '@homeward/events';
import { requireEnv } from '@homeward/events/testing';
import type { RunningService } from '@homeward/platform';
import { intakeService } from '../../apps/intake/src/intake.module';
import { monitoringService } from '../../apps/monitoring/src/monitoring.module';
import { eventually, startTestService } from '../testing/test-services';
import { runIntakeJourney } from './intake-journey.scenario';

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

  it('publishes the urgent need and the consent decisions over Kafka without any personal data', async () => {
    const inbox = await eventually(
      () => monitoring.infra.store.readStream(`inbox.intake.case-${journey.caseId}`),
      (events) => events.some((e) => e.type === 'intake.ConsentWithdrawn'),
      60000,
    );
    const types = inbox.map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['intake.UrgentNeedIdentified', 'intake.ConsentGiven', 'intake.ConsentWithdrawn', 'intake.PersonalDataShared']));
    expect(inbox.find((e) => e.type === 'intake.UrgentNeedIdentified')?.data).toMatchObject({ serviceNeeded: 'medical', urgency: 'life_threatening' });
    expect(inbox.every((e) => e.data.personal === undefined)).toBe(true);
    const everything = JSON.stringify(inbox);
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
});
