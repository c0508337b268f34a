import request from 'supertest';
import { InProcessBroker, MasterKey, open, pgliteExecutor, PostgresKeyStore, topicOf, type IncomingMessage, type SealedPersonal, type SqlExecutor } from '@homeward/events';
import type { RunningService } from '@homeward/platform';
import { intakeService } from '../../apps/intake/src/intake.module';
import { monitoringService } from '../../apps/monitoring/src/monitoring.module';
import { planningService } from '../../apps/planning/src/planning.module';
import { referralsService } from '../../apps/referrals/src/referrals.module';
import { eventually, startTestService, TEST_MASTER_KEY } from '../testing/test-services';
import { tokenFor } from '../testing/test-auth';
import { anotherReturnee } from './registration-slice.scenario';
import { CASE_MANAGER, caseInMonitoringAs, returneeNameInMonitoring } from './returnee-name-in-monitoring.scenario';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Embedded mode as `npm start` runs it (one database, one in-process broker): a returnee's name reaches
 * monitoring sealed, under her consent to assistance, and stops with it.
 */
describe("Embedded mode: the returnee's details reach monitoring sealed, under consent to assistance", () => {
  let sql: SqlExecutor;
  let broker: InProcessBroker;
  let intake: RunningService;
  let monitoring: RunningService;
  const wire: IncomingMessage[] = [];
  const returnee = anotherReturnee();
  let caseId: string;
  let assistanceConsentId: string;

  const post = async (path: string, body: object) => {
    const res = await request(intake.app.getHttpServer()).post(path).set('Authorization', `Bearer ${await tokenFor(CASE_MANAGER)}`).send(body);
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const inbox = () => monitoring.infra.store.readStream(`inbox.intake.case-${caseId}`);

  beforeAll(async () => {
    sql = await pgliteExecutor();
    broker = new InProcessBroker();
    await broker.subscribe({ groupId: 'test-wire', topics: [topicOf('intake')], handle: async (m) => void wire.push(m) });
    intake = await startTestService('intake', intakeService, { mode: 'embedded', sharedBroker: broker, sharedSql: sql });
    monitoring = await startTestService('monitoring', monitoringService, { mode: 'embedded', sharedBroker: broker, sharedSql: sql });
    ({ caseId } = await post('/returnees', returnee));
  }, 120000);
  afterAll(async () => {
    await intake?.close();
    await monitoring?.close();
    await broker?.close();
    await sql?.close();
  });

  it('lists the case without her name while she has not consented to assistance', async () => {
    const listed = await eventually(() => caseInMonitoringAs(monitoring, caseId, CASE_MANAGER), (seen) => typeof seen === 'object');
    expect(listed).toMatchObject({ caseId });
    expect(listed).not.toHaveProperty('returnee');
    expect(wire.some((m) => m.event.data.personal !== undefined)).toBe(false);
  });

  it('shows her name to her case manager once she consents, not to an M&E officer, a data analyst or another case manager', async () => {
    const given = await post(`/cases/${caseId}/consents`, { decision: 'given', purpose: 'assistance', dataCategories: ['case_summary'], decidedOn: today(), formVersion: 'v3', language: 'fr' });
    assistanceConsentId = given.consentId;
    expect(given.events).toEqual(['intake.ConsentGiven', 'intake.ReturneeDetailsShared']);
    const seen = await returneeNameInMonitoring(monitoring, caseId, returnee.firstName);
    expect(seen.asCaseManager).toMatchObject({ caseId, returnee: { firstName: returnee.firstName, lastName: 'Diallo' } });
    expect(seen.asMeOfficer).toMatchObject({ caseId });
    expect(seen.asMeOfficer).not.toHaveProperty('returnee');
    expect(seen.asDataAnalyst).toBe(403);
    expect(seen.asAnotherCaseManager).not.toHaveProperty('returnee');
  });

  it('carried it sealed: the message and monitoring’s stored inbox hold no plaintext, only the seal', async () => {
    const shared = wire.filter((m) => m.event.type === 'intake.ReturneeDetailsShared' && m.key === caseId);
    expect(shared).toHaveLength(1);
    expect(shared[0].event.data.personal).toEqual({ $sealed: expect.objectContaining({ keyClass: 'personal' }) });
    const onWire = JSON.stringify(wire.filter((m) => m.key === caseId));
    const stored = (await sql.query<{ row: string }>(`SELECT e::text AS row FROM monitoring.events e WHERE stream_id = $1`, [`inbox.intake.case-${caseId}`])).rows.map((r) => r.row).join('\n');
    expect(stored).toContain('$sealed');
    for (const secret of [returnee.firstName, '1994-03-02']) {
      expect(onWire).not.toContain(secret);
      expect(stored).not.toContain(secret);
    }
    // Monitoring opens it with its own key: the seal is bound to the event's id, which its inbox keeps.
    const opened = (await inbox()).find((e) => e.type === 'intake.ReturneeDetailsShared');
    expect(opened?.eventId).toBe(shared[0].event.eventId);
    expect(opened?.data.personal).toMatchObject({ firstName: returnee.firstName, dateOfBirth: '1994-03-02' });
  });

  it.each([planningService, referralsService])('is open to $name with its own key-store role, as the service definition grants it', async (service) => {
    const [shared] = wire.filter((m) => m.event.type === 'intake.ReturneeDetailsShared' && m.key === caseId);
    const sealed = shared.event.data.personal as SealedPersonal;
    const keys = await PostgresKeyStore.open(sql, 'keys', MasterKey.parse(TEST_MASTER_KEY), service.name, { [service.name]: service.keyClasses ?? ['personal'] });
    const key = (await keys.unwrap([sealed.$sealed.keyId])).get(sealed.$sealed.keyId);
    expect(open(sealed, key!, shared.event.eventId)).toMatchObject({ firstName: returnee.firstName, lastName: 'Diallo' });
  });

  it('forgets her name when she withdraws assistance, and shares nothing new after it', async () => {
    await post(`/cases/${caseId}/consents/${assistanceConsentId}/withdrawal`, { withdrawnOn: today() });
    const listed = await eventually(() => caseInMonitoringAs(monitoring, caseId, CASE_MANAGER), (seen) => typeof seen === 'object' && seen.status === 'assistance_refused');
    expect(listed).not.toHaveProperty('returnee');
    const changed = await post(`/cases/${caseId}/contact-details`, { phone: '+221 77 123 45 67' });
    expect(changed.events).toEqual(['intake.ContactDetailsChanged']);
    const events = await eventually(inbox, (all) => all.some((e) => e.type === 'intake.ContactDetailsChanged'));
    expect(events.filter((e) => e.type === 'intake.ReturneeDetailsShared')).toHaveLength(1);
    expect(JSON.stringify(wire)).not.toContain('123 45 67');
  });
});
