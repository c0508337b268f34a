import request from 'supertest';
import { DATA_CATEGORIES } from '@homeward/contracts/intake';
import { InProcessBroker, type RecordedEvent } from '@homeward/events';
import type { Principal, RunningService } from '@homeward/platform';
import { intakeService } from '../../apps/intake/src/intake.module';
import { startTestService } from '../testing/test-services';
import { tokenFor } from '../testing/test-auth';
import { awa } from './registration-slice.scenario';

/** Today and other days as the forms write them (UTC, as the deciders judge them). */
export const day = (offsetDays = 0) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
export const inDays = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString();

export const forms = {
  arrival: () => ({ arrivalDate: day() }),
  transfer: () => ({ handoverNote: 'Plan agreed before departure; tailoring shop in Thiès' }),
  assignment: () => ({ caseManagerId: 'cm-moussa' }),
  returnCircumstances: () => ({ timeAbroadMonths: 30, returnType: 'voluntary', detained: true, detentionDays: 12, preparedness: 'partly_prepared', documentsHeld: ['passport'] }),
  schedule: (phase = 'pre_departure') => ({ phase, scheduledFor: inDays(1) }),
  preparation: () => ({ hostCountryInformationReviewed: true, privatePlace: true, recordsSecured: true, interpreter: { present: true, boundToConfidentiality: true, language: 'wo' } }),
  trust: () => ({ notes: 'Talked about her family first' }),
  processAndConsent: () => ({ processExplained: true, rightToRefuseExplained: true }),
  vulnerabilities: () => ({ screened: true }),
  planDesign: () => ({ goals: ['Reopen the tailoring shop'], strengths: ['Ten years of tailoring'], lifePlan: 'Live near her mother in Thiès' }),
  closing: () => ({ summary: 'Goals agreed', nextSessionDate: day(30) }),
  pause: () => ({ reason: 'A break' }),
  continueLater: () => ({ scheduledFor: inDays(2) }),
  factor: () => ({ factor: 'skills_and_knowledge', assessment: 'capacity', note: 'Ten years as a tailor' }),
  screening: () => ({ area: 'mental_health', urgency: 'routine' }),
  addressed: () => ({ note: 'Seen at the district hospital' }),
  assistanceConsent: () => ({ decision: 'given', purpose: 'assistance', dataCategories: [...DATA_CATEGORIES], decidedOn: day(), formVersion: 'v2024.1', language: 'fr' }),
  sharingConsent: (categories: string[] = ['identity', 'health']) => ({
    decision: 'given',
    purpose: 'data_sharing',
    recipient: { recipientId: 'sp-clinic', name: 'Clinique de Thiès' },
    dataCategories: categories,
    decidedOn: day(),
    formVersion: 'v2024.1',
    language: 'fr',
    witness: { role: 'interpreter', name: 'Fatou Ndiaye' },
  }),
  withdrawal: () => ({ withdrawnOn: day(), reason: 'Changed her mind' }),
  disclosure: (dataCategories: string[] = ['identity']) => ({ recipientId: 'sp-clinic', purpose: 'data_sharing', dataCategories }),
  familyMember: () => ({ relationship: 'sibling', firstName: 'Khady', lastName: 'Diallo', dateOfBirth: '1990-02-02', sex: 'female' }),
  departure: () => ({ reason: 'Stayed in Rabat' }),
  identityCorrection: () => ({ firstName: 'Aoua', reason: 'Spelt as on her passport' }),
  contactDetails: () => ({ phone: '+221 77 000 00 00', address: 'Thiès' }),
};

let registered = 0;
/** Awa under a surname of her own: the duplicate check would refuse a second identical registration. */
export const aReturnee = () => ({ ...awa, lastName: `Diallo-${++registered}` });

export const startIntake = () => startTestService('intake', intakeService, { mode: 'embedded', sharedBroker: new InProcessBroker() });

/** A case manager's client for one running intake. */
export class IntakeClient {
  constructor(private readonly intake: RunningService) {}

  async post(path: string, body?: unknown, principal: Partial<Principal> = {}, headers: Record<string, string> = {}) {
    const req = request(this.intake.app.getHttpServer()).post(path).set('Authorization', `Bearer ${await tokenFor(principal)}`).set(headers);
    return body === undefined ? req : req.send(body as object);
  }

  async get(path: string, principal: Partial<Principal> = {}) {
    return request(this.intake.app.getHttpServer()).get(path).set('Authorization', `Bearer ${await tokenFor(principal)}`);
  }

  head = () => this.intake.infra.store.headPosition();
  history = (caseId: string): Promise<RecordedEvent[]> => this.intake.infra.store.readStream(`case-${caseId}`);

  async openCase(principal: Partial<Principal> = {}, returnee: object = aReturnee()): Promise<string> {
    return (await this.expect201('/returnees', returnee, principal)).caseId;
  }

  async consent(caseId: string, form: object = forms.assistanceConsent()): Promise<string> {
    return (await this.expect201(`/cases/${caseId}/consents`, form)).consentId;
  }

  async startedSession(caseId: string, phase = 'pre_departure'): Promise<string> {
    const { sessionId } = await this.expect201(`/cases/${caseId}/sessions`, forms.schedule(phase));
    await this.expect201(`/cases/${caseId}/sessions/${sessionId}/start`);
    return sessionId;
  }

  /** For the givens of a test: anything but a 201 is a broken test setup, said loudly. */
  async expect201(path: string, body?: unknown, principal: Partial<Principal> = {}) {
    const res = await this.post(path, body, principal);
    if (res.status !== 201) throw new Error(`POST ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }
}

export interface CaseIds {
  caseId: string;
  sessionId: string;
  needId: string;
  consentId: string;
  memberId: string;
}

export interface WriteEndpoint {
  route: string;
  path: (ids: CaseIds) => string;
  body?: () => object;
  /** Who may make this write, when not any case manager of the office holding the case. */
  who?: Partial<Principal>;
}

/** A supervisor of both offices of the scenario's cases. */
export const SUPERVISOR: Partial<Principal> = { userId: 'sup-awa', role: 'supervisor', countries: ['SN', 'MA'] };

const s = (ids: CaseIds) => `/cases/${ids.caseId}/sessions/${ids.sessionId}`;

/** Every write on an existing case, with a form it accepts. */
export const WRITE_ENDPOINTS: WriteEndpoint[] = [
  { route: 'arrival', path: (i) => `/cases/${i.caseId}/arrival`, body: forms.arrival },
  { route: 'transfer', path: (i) => `/cases/${i.caseId}/transfer`, body: forms.transfer },
  { route: 'assignment', path: (i) => `/cases/${i.caseId}/assignment`, body: forms.assignment, who: SUPERVISOR },
  { route: 'acceptance', path: (i) => `/cases/${i.caseId}/acceptance` },
  { route: 'return-circumstances', path: (i) => `/cases/${i.caseId}/return-circumstances`, body: forms.returnCircumstances },
  { route: 'sessions', path: (i) => `/cases/${i.caseId}/sessions`, body: forms.schedule },
  { route: 'sessions/:sessionId/start', path: (i) => `${s(i)}/start` },
  { route: 'steps/preparation', path: (i) => `${s(i)}/steps/preparation`, body: forms.preparation },
  { route: 'steps/trust', path: (i) => `${s(i)}/steps/trust`, body: forms.trust },
  { route: 'steps/process-and-consent', path: (i) => `${s(i)}/steps/process-and-consent`, body: forms.processAndConsent },
  { route: 'steps/vulnerabilities', path: (i) => `${s(i)}/steps/vulnerabilities`, body: forms.vulnerabilities },
  { route: 'steps/plan-design', path: (i) => `${s(i)}/steps/plan-design`, body: forms.planDesign },
  { route: 'steps/closing', path: (i) => `${s(i)}/steps/closing`, body: forms.closing },
  { route: 'sessions/:sessionId/pause', path: (i) => `${s(i)}/pause`, body: forms.pause },
  { route: 'sessions/:sessionId/resume', path: (i) => `${s(i)}/resume` },
  { route: 'sessions/:sessionId/continue-later', path: (i) => `${s(i)}/continue-later`, body: forms.continueLater },
  { route: 'individual-factors', path: (i) => `/cases/${i.caseId}/individual-factors`, body: forms.factor },
  { route: 'vulnerability-screenings', path: (i) => `/cases/${i.caseId}/vulnerability-screenings`, body: forms.screening },
  { route: 'urgent-needs/:needId/addressed', path: (i) => `/cases/${i.caseId}/urgent-needs/${i.needId}/addressed`, body: forms.addressed },
  { route: 'consents', path: (i) => `/cases/${i.caseId}/consents`, body: forms.sharingConsent },
  { route: 'consents/:consentId/withdrawal', path: (i) => `/cases/${i.caseId}/consents/${i.consentId}/withdrawal`, body: forms.withdrawal },
  { route: 'disclosures', path: (i) => `/cases/${i.caseId}/disclosures`, body: forms.disclosure },
  { route: 'identity-corrections', path: (i) => `/cases/${i.caseId}/identity-corrections`, body: forms.identityCorrection },
  { route: 'contact-details', path: (i) => `/cases/${i.caseId}/contact-details`, body: forms.contactDetails },
  { route: 'family-members', path: (i) => `/cases/${i.caseId}/family-members`, body: forms.familyMember },
  { route: 'family-members/:memberId/departure', path: (i) => `/cases/${i.caseId}/family-members/${i.memberId}/departure`, body: forms.departure },
];

/** A case with something behind every id in the paths: a started session, an open urgent need, a consent. */
export async function caseWithEverything(client: IntakeClient): Promise<CaseIds> {
  const caseId = await client.openCase();
  const consentId = await client.consent(caseId);
  const sessionId = await client.startedSession(caseId);
  const { needId } = await client.expect201(`/cases/${caseId}/vulnerability-screenings`, { area: 'physical_health', urgency: 'urgent' });
  const { memberId } = await client.expect201(`/cases/${caseId}/family-members`, forms.familyMember());
  return { caseId, sessionId, needId, consentId, memberId };
}
