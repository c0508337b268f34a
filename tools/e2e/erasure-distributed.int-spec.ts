import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { ERASED } from '@homeward/contracts/intake';
import { pgExecutor, verifyChains, type SqlExecutor } from '@homeward/events';
import { requireEnv } from '@homeward/events/testing';
import { serviceSchema, type RunningService } from '@homeward/platform';
import { intakeService } from '../../apps/intake/src/intake.module';
import { monitoringService } from '../../apps/monitoring/src/monitoring.module';
import { planningService } from '../../apps/planning/src/planning.module';
import { RETURNEE_DETAILS, type ReturneeDetailsDocument } from '../../apps/planning/src/returnee-details/returnee-details.projection';
import { referralsService } from '../../apps/referrals/src/referrals.module';
import { searchKafka, searchMongo, searchPostgres } from '../testing/search-everywhere';
import { tokenFor } from '../testing/test-auth';
import { eventually, startTestService } from '../testing/test-services';
import { distinctiveReturnee, registerAndTell, supervisor } from './erasure.scenario';

const meOfficer = { userId: 'me-1', role: 'me_officer', countries: ['MA'] } as const;

/**
 * Erasure on the real servers: a returnee with a name and a date of birth nobody else has goes
 * through intake (sealed in its events, in the clear in its read models), over Kafka into
 * monitoring's inbox and read model, with planning and referrals running beside them; then she is
 * erased, and every row, document and message the run made is searched for her.
 */
describe('Distributed mode: after erasure nothing readable of her remains anywhere (PostgreSQL, FerretDB, Kafka)', () => {
  const pgUrl = requireEnv('HOMEWARD_PG_URL');
  const brokers = requireEnv('HOMEWARD_KAFKA_BROKERS').split(',');
  const mongoUrl = requireEnv('HOMEWARD_MONGO_URL');
  const namespace = `er${randomBytes(4).toString('hex')}`;
  const her = distinctiveReturnee();
  const needles = [her.firstName, her.lastName, her.dateOfBirth];
  const services: RunningService[] = [];
  let intake: RunningService;
  let monitoring: RunningService;
  let planning: RunningService;
  let sql: SqlExecutor;
  let caseId: string;
  const get = async (service: RunningService, path: string, who: object) =>
    request(service.app.getHttpServer()).get(path).set('Authorization', `Bearer ${await tokenFor(who)}`);
  const listed = async () => (await get(monitoring, '/cases?limit=100', meOfficer)).body.items?.find((c: { caseId: string }) => c.caseId === caseId);

  beforeAll(async () => {
    sql = await pgExecutor(pgUrl, 1);
    // Intake's read models on the MongoDB wire, monitoring's in PostgreSQL: both adapters hold what they were given.
    monitoring = await startTestService('monitoring', monitoringService, { mode: 'distributed', namespace, readModels: 'postgres' });
    services.push(monitoring);
    planning = await startTestService('planning', planningService, { mode: 'distributed', namespace });
    services.push(planning, await startTestService('referrals', referralsService, { mode: 'distributed', namespace }));
    intake = await startTestService('intake', intakeService, { mode: 'distributed', namespace, readModels: 'mongo' });
    services.push(intake);
    caseId = await registerAndTell(intake, her);
    await eventually(listed, (item) => item !== undefined, 60000);
  }, 180000);
  afterAll(async () => {
    for (const service of services.reverse()) await service.close();
    await sql?.close();
  });

  it('holds her in the clear in read models only, never in an event row, before the erasure', async () => {
    const file = await eventually(() => get(intake, `/cases/${caseId}`, supervisor), (r) => r.body.returnee?.firstName === her.firstName);
    expect(file.body.returnee.dateOfBirth).toBe(her.dateOfBirth);
    const mongo = await searchMongo(mongoUrl, namespace, needles);
    expect(mongo.findings).toEqual(expect.arrayContaining([`mongo homeward_${serviceSchema({ service: 'intake', namespace })}.case_file: ${her.firstName}`]));
    // Planning keeps her name for her copy, from the topic under her consent to assistance.
    const forCopy = `mongo homeward_${serviceSchema({ service: 'planning', namespace })}.${RETURNEE_DETAILS}: ${her.firstName}`;
    expect((await eventually(() => searchMongo(mongoUrl, namespace, needles), (found) => found.findings.includes(forCopy), 30000)).findings).toContain(forCopy);
    // Event rows and inboxes hold her sealed; read models hold what a service opened of her: monitoring's
    // list her name, from the topic under her consent to assistance (so the search after erasure means something there too).
    const pg = await eventually(() => searchPostgres(sql, namespace, needles), (found) => found.findings.some((f) => f.includes('case_list') && f.includes(her.firstName)), 30000);
    expect(pg.findings.filter((f) => f.includes('case_list'))).toEqual(expect.arrayContaining([expect.stringContaining(her.firstName)]));
    expect(pg.findings.filter((f) => f.includes('.events:'))).toEqual([]);
  }, 60000);

  it('erases her: then no event row, inbox, read model or topic holds her name or date of birth, and every chain still verifies', async () => {
    const res = await request(intake.app.getHttpServer()).post(`/cases/${caseId}/erasure`).set('Authorization', `Bearer ${await tokenFor(supervisor)}`).send({ reason: 'data_subject_request' });
    expect(res.status).toBe(201);
    // At once, through the erasure event: intake's read models, and monitoring's after the topic and its inbox.
    const file = await eventually(() => get(intake, `/cases/${caseId}`, supervisor), (r) => r.body.erasure !== undefined, 30000);
    expect(file.body.returnee).toMatchObject({ firstName: ERASED, lastName: ERASED, dateOfBirth: ERASED });
    expect((await eventually(listed, (item) => Boolean(item?.erasedAt), 60000))?.erasedAt).toEqual(expect.any(String));
    await eventually(() => monitoring.infra.store.readStream(`inbox.intake.case-${caseId}`), (events) => events.some((e) => e.type === 'intake.ReturneeErased'), 30000);
    await eventually(() => planning.infra.readModels.get<ReturneeDetailsDocument>(RETURNEE_DETAILS, caseId), (doc) => Boolean(doc?.erasedAt), 30000);

    const pg = await searchPostgres(sql, namespace, needles);
    const mongo = await searchMongo(mongoUrl, namespace, needles);
    const kafka = await searchKafka(brokers, `${namespace}.`, needles);
    // The search looked somewhere: every service's schema and read models, and the intake topic's messages.
    expect(pg.tables).toBeGreaterThanOrEqual(8);
    expect(mongo.collections).toBeGreaterThanOrEqual(5);
    expect(kafka.messages).toBeGreaterThanOrEqual(10);
    expect([...pg.findings, ...mongo.findings, ...kafka.findings]).toEqual([]);

    for (const service of ['intake', 'planning', 'referrals', 'monitoring']) {
      const report = await verifyChains(sql, serviceSchema({ service, namespace }));
      expect({ service, broken: report.broken }).toEqual({ service, broken: [] });
    }
    const keys = await sql.query<{ wrapped: unknown; destroyed: boolean }>(`SELECT wrapped, destroyed_at IS NOT NULL AS destroyed FROM keys_${namespace}.data_keys WHERE subject_id = $1`, [caseId]);
    expect(keys.rows).toEqual([{ wrapped: null, destroyed: true }, { wrapped: null, destroyed: true }]);
  }, 180000);
});
