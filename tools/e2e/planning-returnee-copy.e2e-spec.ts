import request from 'supertest';
import { InProcessBroker, pgliteExecutor, type SqlExecutor } from '@homeward/events';
import type { RunningService } from '@homeward/platform';
import { intakeService } from '../../apps/intake/src/intake.module';
import { planningService } from '../../apps/planning/src/planning.module';
import { pdfText } from '@homeward/testing/pdf';
import { searchPostgres } from '../testing/search-everywhere';
import { tokenFor } from '../testing/test-auth';
import { eventually, startTestService } from '../testing/test-services';
import { day, forms, IntakeClient, SUPERVISOR } from './intake-writes.scenario';
import { awa } from './registration-slice.scenario';
import { CASE_MANAGER_SN, planForms, PlanningClient } from './planning-writes.scenario';

/** Her plan's words, as her case manager in Dakar writes them: the plan's, and what she said it starts from. */
const inputs = { goals: ['A tailoring shop of her own'], motivations: ["Her children's school fees"], goalsSource: 'case_manager', assessments: [], contextNotes: 'Her uncle holds the shop lease' };
const HER_WORDS = [
  'Start-up grant for the tailoring shop',
  'Pattern cutting, three days a week',
  'A visit each month',
  'Asked at each visit',
  'Providers receive only what her consent names',
  'Closed once the shop has traded for six months',
  'The chamber of trades',
  'A tailoring shop of her own',
  'school fees',
  'shop lease',
];

/**
 * Embedded mode as `npm start` runs it (one database, so one key store, and one in-process broker): the
 * returnee's copy names her while intake shares her details under her consent to assistance, in her
 * language, and not once she withdraws; erased in intake, planning's read models keep none of her words.
 */
describe("Embedded mode: the returnee's copy names her under consent to assistance; her erasure reaches planning's read models", () => {
  let sql: SqlExecutor;
  let broker: InProcessBroker;
  let intake: RunningService;
  let planning: RunningService;
  let cases: IntakeClient;
  let plans: PlanningClient;
  let caseId: string;
  let consentId: string;

  /** The copy's text as PDF.js reads it back, lines joined by spaces. */
  const copy = async (query = '') => {
    const res = await request(planning.app.getHttpServer()).get(`/plans/${caseId}/versions/1/copy.pdf${query}`).set('Authorization', `Bearer ${await tokenFor(CASE_MANAGER_SN)}`).buffer(true).parse(binary);
    if (res.status !== 200) throw new Error(`copy: ${res.status} ${res.body}`);
    return (await pdfText(res.body)).join(' ').replace(/\s+/g, ' ');
  };
  const planningReadModels = () => searchPostgres(sql, 'planning_read_models', [...HER_WORDS, 'Awa', 'Diallo']);

  beforeAll(async () => {
    sql = await pgliteExecutor();
    broker = new InProcessBroker();
    const embedded = { mode: 'embedded', sharedBroker: broker, sharedSql: sql } as const;
    [intake, planning] = await Promise.all([startTestService('intake', intakeService, embedded), startTestService('planning', planningService, embedded)]);
    cases = new IntakeClient(intake);
    plans = new PlanningClient(planning);

    // Awa speaks French best; the form she signs is the English one.
    caseId = await cases.openCase({}, { ...awa, languages: ['fr', 'wo'] });
    consentId = await cases.consent(caseId, { ...forms.assistanceConsent(), language: 'en' });
    await cases.expect201(`/cases/${caseId}/arrival`, forms.arrival());
    await plans.learntFromIntake(await cases.history(caseId));
    await plans.expectStatus(200, 'put', `/plans/${caseId}/inputs`, inputs);
    await plans.expectStatus(200, 'put', `/plans/${caseId}/draft`, planForms.draft());
  }, 120000);
  afterAll(async () => {
    await planning?.close();
    await intake?.close();
    await broker?.close();
    await sql?.close();
  });

  it('names her on her copy in French, beside the case reference, with her plan', async () => {
    const text = await eventually(() => copy('?lang=fr'), (t) => t.includes('Awa'));
    for (const words of ['Mon plan de réintégration', 'Établi pour Awa Diallo', `Référence du dossier : ${caseId}`, 'Start-up grant for the tailoring shop', 'Centre de formation de Thiès', '+221 33 951 00 00', 'Closed once the shop has traded for six months']) {
      expect(text).toContain(words);
    }
    // What she said the plan starts from is the staff's, not her copy's.
    for (const words of ['school fees', 'shop lease']) expect(text).not.toContain(words);
  });

  it('is written in her language when the request names none, not in the language of the form she signed', async () => {
    const text = await copy();
    expect(text).toContain('Établi pour Awa Diallo');
    expect(text).not.toContain('My reintegration plan');
  });

  it('no longer names her once she withdraws consent to assistance: the case only, in the language of her form', async () => {
    await cases.expect201(`/cases/${caseId}/consents/${consentId}/withdrawal`, { withdrawnOn: day() });
    const text = await eventually(() => copy(), (t) => !t.includes('Awa'));
    expect(text).toContain('My reintegration plan');
    expect(text).toContain(`Case reference: ${caseId}`);
    expect(text).not.toContain('Prepared for');
    expect(text).not.toContain('Diallo');
    expect((await planningReadModels()).findings.filter((f) => /Awa|Diallo/.test(f))).toEqual([]);
  });

  it("erased in intake, she leaves no word in any of planning's read models, nor after their rebuild; her copy still renders, naming the case", async () => {
    expect((await planningReadModels()).findings.length).toBeGreaterThan(0);
    await cases.expect201(`/cases/${caseId}/erasure`, { reason: 'data_subject_request' }, SUPERVISOR);
    const after = await eventually(planningReadModels, (r) => r.findings.length === 0);
    expect(after.tables).toBeGreaterThanOrEqual(planningService.projections.length);
    expect(after.findings).toEqual([]);

    const plan = await request(planning.app.getHttpServer()).get(`/plans/${caseId}`).set('Authorization', `Bearer ${await tokenFor(CASE_MANAGER_SN)}`);
    expect(plan.body.versions[0].content.elements.map((e: { description: string }) => e.description)).toEqual(['erased', 'erased']);
    expect(plan.body.inputs).toMatchObject({ goals: [], motivations: [] });

    for (const projection of planningService.projections) await planning.infra.projections.rebuild(projection);
    expect((await planningReadModels()).findings).toEqual([]);

    const text = await copy('?lang=fr');
    expect(text).toContain(`Référence du dossier : ${caseId}`);
    expect(text).toContain('(description effacée avec vos données personnelles)');
    for (const words of [...HER_WORDS, 'Awa', 'Diallo']) expect(text).not.toContain(words);

    // Learnt from intake's topic: the plan is closed for that reason and takes nothing more, with a 409 that says why.
    const closed = await eventually(() => plans.plan(caseId), (events) => events.some((e) => e.type === 'planning.PlanClosed'));
    expect(closed.filter((e) => e.type === 'planning.ReturneeErasureNoted' || e.type === 'planning.PlanClosed').map((e) => [e.type, e.data.reason])).toEqual([
      ['planning.ReturneeErasureNoted', undefined],
      ['planning.PlanClosed', 'returnee_erased'],
    ]);
    const before = await plans.head();
    expect((await plans.put(`/plans/${caseId}/draft`, planForms.draft())).body).toMatchObject({ statusCode: 409, code: 'RETURNEE_ERASED' });
    expect((await plans.post(`/plans/${caseId}/versions/1/submission`)).body).toMatchObject({ statusCode: 409, code: 'RETURNEE_ERASED' });
    expect(await plans.head()).toBe(before);
  });
});

/** supertest's parser for a binary body: the PDF's bytes as they came. */
function binary(res: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
