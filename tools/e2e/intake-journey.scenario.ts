import request from 'supertest';
import type { RunningService } from '@homeward/platform';
import { eventually } from '../testing/test-services';
import { tokenFor } from '../testing/test-auth';
import { anotherReturnee } from './registration-slice.scenario';

const today = () => new Date().toISOString().slice(0, 10);
const PROVIDER = { recipientId: 'prov-clinique-espoir', name: 'Clinique Espoir, Dakar' };

/**
 * What the README's "try it" walks through, as a case manager would: register, a first
 * session with consent, individual factors, an urgent vulnerability that shows in the urgent
 * cases list, then a withdrawal of consent after which sharing is refused. Each step asserts
 * what it answered; the caller adds what its mode can check besides.
 */
export async function runIntakeJourney(intake: RunningService) {
  const token = await tokenFor({ userId: 'cm-awa', role: 'case_manager', countries: ['MA'] });
  const http = () => request(intake.app.getHttpServer());
  const post = async (path: string, body: object = {}) => http().post(path).set('Authorization', `Bearer ${token}`).send(body);
  const get = async (path: string) => http().get(path).set('Authorization', `Bearer ${token}`);
  const created = (res: request.Response, what: string) => {
    if (res.status !== 201) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  const returnee = anotherReturnee();
  const { caseId } = created(await post('/returnees', { ...returnee, interpreterNeeded: true }), 'register');
  const cases = `/cases/${caseId}`;

  const { sessionId } = created(await post(`${cases}/sessions`, { phase: 'pre_departure', scheduledFor: new Date().toISOString() }), 'schedule');
  const session = `${cases}/sessions/${sessionId}`;
  created(await post(`${session}/start`), 'start');
  created(
    await post(`${session}/steps/preparation`, {
      hostCountryInformationReviewed: true,
      privatePlace: true,
      recordsSecured: true,
      interpreter: { present: true, boundToConfidentiality: true, language: 'wo' },
    }),
    'preparation',
  );
  created(await post(`${session}/steps/trust`, { notes: 'Spoke about her children' }), 'trust');
  created(await post(`${session}/steps/process-and-consent`, { processExplained: true, rightToRefuseExplained: true }), 'process');
  const refusedBeforeConsent = await post(`${cases}/individual-factors`, { factor: 'skills_and_knowledge', assessment: 'capacity', note: 'Tailor' });
  const form = { decidedOn: today(), formVersion: 'IOM-RC-2024-v3', language: 'fr', witness: { role: 'interpreter', name: 'Fatou Sow' } };
  const assistance = created(await post(`${cases}/consents`, { decision: 'given', purpose: 'assistance', dataCategories: ['case_summary'], ...form }), 'consent');
  const sharing = created(
    await post(`${cases}/consents`, { decision: 'given', purpose: 'data_sharing', recipient: PROVIDER, dataCategories: ['identity', 'health'], ...form }),
    'consent to share',
  );
  created(await post(`${session}/steps/vulnerabilities`, { screened: true }), 'vulnerabilities');
  created(await post(`${session}/steps/plan-design`, { goals: ['Open a tailoring shop'], strengths: ['Sewing'], lifePlan: 'Settle in Thiès' }), 'plan');
  created(await post(`${session}/steps/closing`, { summary: 'Plan agreed', nextSessionDate: today() }), 'closing');

  created(await post(`${cases}/individual-factors`, { factor: 'skills_and_knowledge', assessment: 'capacity', note: 'Trained tailor' }), 'factor');
  created(await post(`${cases}/individual-factors`, { factor: 'health_and_wellbeing', assessment: 'vulnerability', note: 'Diabetes' }), 'factor');
  const urgent = created(
    await post(`${cases}/vulnerability-screenings`, { area: 'physical_health', urgency: 'life_threatening', details: 'No insulin left' }),
    'screening',
  );

  const urgentList = await eventually(
    async () => (await get('/urgent-cases')).body as Array<{ caseId: string; needId: string; serviceNeeded: string }>,
    (list) => Array.isArray(list) && list.some((n) => n.needId === urgent.needId),
  );
  const check = (category: string) => get(`/consent-register/check?caseId=${caseId}&purpose=data_sharing&recipientId=${PROVIDER.recipientId}&dataCategory=${category}`);
  const allowedBefore = await eventually(async () => (await check('identity')).body, (answer) => answer?.allowed === true);
  const sharedBefore = await post(`${cases}/disclosures`, { recipientId: PROVIDER.recipientId, purpose: 'data_sharing', dataCategories: ['identity'] });

  created(await post(`${cases}/consents/${sharing.consentId}/withdrawal`, { withdrawnOn: today(), reason: 'Does not want the clinic to know' }), 'withdraw');
  const refusedAfter = await eventually(async () => (await check('identity')).body, (answer) => answer?.allowed === false);
  const sharedAfter = await post(`${cases}/disclosures`, { recipientId: PROVIDER.recipientId, purpose: 'data_sharing', dataCategories: ['identity'] });

  return { caseId, returnee, refusedBeforeConsent, assistance, urgent, urgentList, allowedBefore, sharedBefore, refusedAfter, sharedAfter, get };
}
