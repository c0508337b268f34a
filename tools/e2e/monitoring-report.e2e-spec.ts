import request from 'supertest';
import { inboxStreamId, InProcessBroker, ManualClock, pgliteExecutor, type NewEvent, type SqlExecutor } from '@homeward/events';
import type { Principal, RunningService } from '@homeward/platform';
import { intakeService } from '../../apps/intake/src/intake.module';
import { monitoringService } from '../../apps/monitoring/src/monitoring.module';
import { awaMonitoringEvents, awaPlanFacts, awaReferralFacts, recorded } from '../../apps/monitoring/src/case-report/testing/awa-monitoring.scenario';
import { pdfPathCounts, pdfText } from '@homeward/testing/pdf';
import { eventually, startTestService } from '../testing/test-services';
import { tokenFor } from '../testing/test-auth';
import { anotherReturnee } from './registration-slice.scenario';
import { CASE_MANAGER, returneeNameInMonitoring } from './returnee-name-in-monitoring.scenario';

const SUPERVISOR: Principal = { userId: 'sup-sn', role: 'supervisor', countries: ['SN', 'MA'] };
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Embedded mode: a year of Awa's monitoring appended to monitoring's own store as its decider made it,
 * and what planning's and referrals' topics told it in its inbox; her name from intake under her
 * consent. Her case's mid-term and final reports, in HTML and PDF, in French and English.
 */
describe("Embedded mode: a case's monitoring reports, HTML and PDF, French and English", () => {
  let sql: SqlExecutor;
  let broker: InProcessBroker;
  let intake: RunningService;
  let monitoring: RunningService;
  const returnee = anotherReturnee();
  let caseId: string;

  const get = async (path: string, principal: Principal = SUPERVISOR, headers: Record<string, string> = {}) =>
    request(monitoring.app.getHttpServer()).get(path).set('Authorization', `Bearer ${await tokenFor(principal)}`).set(headers).buffer(true).parse(binary);
  const html = async (report: string, query: string, headers: Record<string, string> = {}) => {
    const res = await get(`/cases/${caseId}/reports/${report}${query}`, SUPERVISOR, { Accept: 'text/html', ...headers });
    if (res.status !== 200) throw new Error(`${res.status} ${res.body.toString()}`);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    return res.body.toString('utf8');
  };
  const pdf = async (report: string, query: string, headers: Record<string, string> = {}) => {
    const res = await get(`/cases/${caseId}/reports/${report}${query}`, SUPERVISOR, headers);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    return { bytes: res.body as Buffer, text: (await pdfText(res.body)).join(' ').replace(/\s+/g, ' ') };
  };

  beforeAll(async () => {
    sql = await pgliteExecutor();
    broker = new InProcessBroker();
    const embedded = { mode: 'embedded', sharedBroker: broker, sharedSql: sql } as const;
    // Monitoring's clock is a year on from Awa's return (her monitoring closed in January 2028): a report not issued is as of its today.
    const clock = new ManualClock('2028-02-01T10:00:00.000Z');
    [intake, monitoring] = await Promise.all([startTestService('intake', intakeService, embedded), startTestService('monitoring', monitoringService, { ...embedded, clock })]);
    const post = async (path: string, body: object) => (await request(intake.app.getHttpServer()).post(path).set('Authorization', `Bearer ${await tokenFor(CASE_MANAGER)}`).send(body)).body;
    ({ caseId } = await post('/returnees', returnee));
    await post(`/cases/${caseId}/consents`, { decision: 'given', purpose: 'assistance', dataCategories: ['case_summary'], decidedOn: today(), formVersion: 'v3', language: 'fr' });
    await returneeNameInMonitoring(monitoring, caseId, returnee.firstName);

    // Monitoring's own history, through its store (sealed as the service seals it); the other contexts' facts in its inbox, as the consumer copies them.
    const own: NewEvent[] = awaMonitoringEvents(undefined, caseId).map((e) => ({ type: e.type, data: e.data, occurredAt: new Date().toISOString(), actor: { userId: 'cm-sn-1', role: 'case_manager' }, country: 'SN', correlationId: caseId }));
    await monitoring.infra.store.appendToStream(`monitoring-${caseId}`, own, { expectedVersion: 0 });
    await monitoring.infra.store.importEvents(inboxStreamId('planning', `plan-${caseId}`), recorded(awaPlanFacts(caseId)));
    await monitoring.infra.store.importEvents(inboxStreamId('referrals', `referrals-${caseId}`), recorded(awaReferralFacts(caseId)));
    const ready = await eventually(() => get(`/cases/${caseId}/reports/final?lang=en`, SUPERVISOR, { Accept: 'text/html' }), (res) => res.status === 200 && res.body.toString().includes('Chambre des m'));
    expect(ready.body.toString()).toContain('Chambre des m');
  }, 120000);
  afterAll(async () => {
    await monitoring?.close();
    await intake?.close();
    await broker?.close();
    await sql?.close();
  });

  it('answers the mid-term report as HTML in French, naming her, with the W-model and RSS charts inline as SVG', async () => {
    const page = await html('mid_term', '', { 'Accept-Language': 'fr-SN, fr;q=0.9, en;q=0.5' });
    for (const words of ['Rapport de suivi à mi-parcours', `Migrant(e) de retour : ${returnee.firstName} Diallo`, 'Versions du plan', 'Éléments du plan et leur réalisation', 'Orientations', 'Modèle en W', 'Réunions de suivi']) {
      expect(page).toContain(words);
    }
    expect(page).toContain('Allocation financière : réalisé (selon la réunion du 10 mars 2027)');
    expect(page).toContain('(table rss-provisional-1, provisoire)');
    expect(page.match(/<svg[^>]*class="marks"/g)).toHaveLength(2);
    expect(page).toContain('Sens × intensité');
    // Issued on 13 July 2027, it says what was known that day: nothing of August, nor of the closure.
    expect(page).toContain('Établi le 13 juillet 2027');
    expect(page).not.toContain('Her uncle now helps at the market');
    expect(page).not.toContain('Clôture et relais');
  });

  it('answers the final report as a PDF in English: sections, element statuses, RSS scores marked provisional, the charts drawn', async () => {
    const { bytes, text } = await pdf('final', '?format=pdf&lang=en');
    for (const words of ['Final monitoring report', `Returnee: ${returnee.firstName} Diallo`, 'Plan versions', 'Plan elements and their delivery', 'Referrals', 'W-model: the highs and lows of the return', 'Reintegration Sustainability Survey (RSS) scores', 'Follow-up meetings', 'Closure and handover']) {
      expect(text).toContain(words);
    }
    expect(text).toContain('2 of 3 elements delivered');
    expect(text).toContain('Vocational training or apprenticeship: delivered (as reported at the meeting of 20 May 2027)');
    expect(text).toContain('Psychosocial support: in progress');
    // A line may wrap inside "(table rss-…", so the score and its table are checked apart.
    expect(text).toContain('12 April 2027: economic 0.45, social 0.25, psychosocial 0.45, composite 0.38 (table');
    expect(text.match(/rss-provisional-1, provisional\)/g)).toHaveLength(3);
    expect(text).toContain('Vocational training or apprenticeship, provider prov-tvet: followed up');
    expect(text).toContain('Monitoring closed on 15 January 2028: exit strategy completed');
    // The charts are drawn in the page: their titles, axis and legend are text of the PDF, their lines are vector paths.
    for (const words of ['W-model: highs (+) and lows (-) by dimension', 'Direction × intensity', 'Economic', 'RSS scores over time (0 worst, 1 best), provisional']) expect(text).toContain(words);
    expect((await pdfPathCounts(bytes)).reduce((a, b) => a + b, 0)).toBeGreaterThan(50);
    expect(text).not.toMatch(/Trading steadily|Glad to start/);
  });

  it('answers a PDF when Accept asks for one, in French when Accept-Language prefers it', async () => {
    const { text } = await pdf('mid_term', '', { Accept: 'application/pdf', 'Accept-Language': 'fr' });
    expect(text).toContain('Rapport de suivi à mi-parcours');
    expect(text).toContain('composite 0,38 (table rss-provisional-1, provisoire)');
    expect(text).toContain('Modèle en W : hauts (+) et bas (-) par dimension');
  });

  it('names no one to a case manager who does not hold her case, and refuses service providers; unknown or foreign cases are not found', async () => {
    const other = await get(`/cases/${caseId}/reports/final?lang=en`, { userId: 'cm-sn-2', role: 'case_manager', countries: ['SN'] }, { Accept: 'text/html' });
    expect(other.status).toBe(200);
    expect(other.body.toString()).not.toContain('Diallo');
    expect(other.body.toString()).not.toContain('Returnee:');
    expect((await get(`/cases/${caseId}/reports/final`, { userId: 'sp-1', role: 'service_provider', countries: ['SN'], organisationId: 'prov-tvet' })).status).toBe(403);
    expect((await get(`/cases/${caseId}/reports/final`, { userId: 'me-1', role: 'me_officer', countries: ['SN'] })).status).toBe(403);
    const foreign = await get(`/cases/${caseId}/reports/final`, { userId: 'cm-ml', role: 'case_manager', countries: ['ML'] });
    expect(foreign.status).toBe(404);
    expect(JSON.parse(foreign.body.toString())).toMatchObject({ code: 'CASE_NOT_MONITORED' });
    expect((await get(`/cases/${caseId}/reports/yearly`)).status).toBe(400);
  });
});

/** supertest's parser for any body: its bytes as they came. */
function binary(res: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
