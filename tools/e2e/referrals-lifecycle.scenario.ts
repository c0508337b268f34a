import request from 'supertest';
import type { ProviderProfile } from '@homeward/contracts/referrals';
import { InProcessBroker, pgliteExecutor, type RecordedEvent, type SqlExecutor } from '@homeward/events';
import type { Principal, RunningService } from '@homeward/platform';
import { intakeService } from '../../apps/intake/src/intake.module';
import { ReferralCommands } from '../../apps/referrals/src/referral-commands/referral-commands';
import { referralsService } from '../../apps/referrals/src/referrals.module';
import { eventually, startTestService } from '../testing/test-services';
import { tokenFor } from '../testing/test-auth';
import { aReturnee, day, IntakeClient } from './intake-writes.scenario';

/** The Dakar office, which holds Awa's case once she is met on her return. */
export const CM_SN: Partial<Principal> = { userId: 'cm-sn', role: 'case_manager', countries: ['SN'] };
export const SUPERVISOR_SN: Partial<Principal> = { userId: 'sup-sn', role: 'supervisor', countries: ['SN'] };
export const CM_MA: Partial<Principal> = { userId: 'cm-ma', role: 'case_manager', countries: ['MA'] };
export const CM_GN: Partial<Principal> = { userId: 'cm-gn', role: 'case_manager', countries: ['GN'] };
export const AUDITOR: Partial<Principal> = { userId: 'aud-1', role: 'auditor', countries: ['*'] };
export const ANALYST: Partial<Principal> = { userId: 'da-1', role: 'data_analyst', countries: ['*'] };
export const providerUser = (organisationId: string): Partial<Principal> => ({ userId: `pu-${organisationId}`, role: 'service_provider', countries: ['SN'], organisationId });

/** A training centre of Dakar, as the directory's helper would register it. */
export const trainingCentre = (name = 'Centre de formation professionnelle de Dakar'): ProviderProfile => ({
  name,
  country: 'SN',
  areas: [{ code: 'SN-DK', name: 'Dakar' }],
  services: [
    { serviceType: 'vocational_training', eligibility: { minAge: 18, sexes: ['female', 'male'], notes: 'Reads French' }, languages: ['fr', 'wo'], capacityPerMonth: 12, openingHours: 'Mon–Fri 8:00–17:00' },
    { serviceType: 'legal_aid', languages: ['fr'], capacityPerMonth: 4, openingHours: 'Tue 9:00–12:00' },
  ],
  contact: { phone: '+221 33 800 11 22', email: 'accueil@cfp-dakar.sn', address: 'Route de Rufisque, Dakar' },
});

/** Intake and referrals as `npm start` runs them: one database (one key store) and one in-process broker. */
export async function startIntakeAndReferrals(): Promise<{ sql: SqlExecutor; broker: InProcessBroker; intake: RunningService; referrals: RunningService; close: () => Promise<void> }> {
  const sql = await pgliteExecutor();
  const broker = new InProcessBroker();
  const embedded = { mode: 'embedded', sharedBroker: broker, sharedSql: sql } as const;
  const [intake, referrals] = await Promise.all([startTestService('intake', intakeService, embedded), startTestService('referrals', referralsService, embedded)]);
  return {
    sql,
    broker,
    intake,
    referrals,
    close: async () => {
      await referrals.close();
      await intake.close();
      await broker.close();
      await sql.close();
    },
  };
}

/** A client of one running referrals. */
export class ReferralsClient {
  constructor(private readonly referrals: RunningService) {}

  async post(path: string, body: unknown = {}, principal: Partial<Principal> = CM_SN, headers: Record<string, string> = {}) {
    return request(this.referrals.app.getHttpServer()).post(path).set('Authorization', `Bearer ${await tokenFor(principal)}`).set(headers).send(body as object);
  }

  async get(path: string, principal: Partial<Principal> = CM_SN) {
    return request(this.referrals.app.getHttpServer()).get(path).set('Authorization', `Bearer ${await tokenFor(principal)}`);
  }

  async download(path: string, principal: Partial<Principal> = CM_SN) {
    return request(this.referrals.app.getHttpServer())
      .get(path)
      .set('Authorization', `Bearer ${await tokenFor(principal)}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
  }

  async expect201(path: string, body: unknown = {}, principal: Partial<Principal> = CM_SN) {
    const res = await this.post(path, body, principal);
    if (res.status !== 201) throw new Error(`POST ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  head = () => this.referrals.infra.store.headPosition();
  stream = (caseId: string): Promise<RecordedEvent[]> => this.referrals.infra.store.readStream(`referrals-${caseId}`);

  /** Registers a provider straight through the command handler (the directory's HTTP API is another slice's). */
  async registerProvider(providerId: string, profile: ProviderProfile = trainingCentre()): Promise<void> {
    await this.referrals.app.get(ReferralCommands).executeOnDirectory(SUPERVISOR_SN as Principal, { type: 'RegisterProvider', data: { providerId, profile } });
  }

  /** Waits until referrals has learnt from intake's topic where the case is held and who she is. */
  async knowsCase(caseId: string): Promise<void> {
    await eventually(
      () => this.referrals.infra.readModels.get<{ office?: string; returnee?: object }>('case_details', caseId),
      (doc) => Boolean(doc?.office && doc.returnee),
    );
  }

  /** Waits until the case's referrals stream has noted this consent decision from intake. */
  async noted(caseId: string, consentId: string, decision: string): Promise<void> {
    const seen = (events: RecordedEvent[]) => events.some((e) => e.type === 'referrals.ConsentNoted' && e.data.consentId === consentId && e.data.decision === decision);
    if (!seen(await eventually(() => this.stream(caseId), seen))) throw new Error(`referrals did not note ${decision} ${consentId}`);
  }
}

/** Awa, registered at the Dakar office on her return, with her phone, consenting to assistance. */
export async function awaInDakar(cases: IntakeClient): Promise<{ caseId: string; assistanceConsentId: string }> {
  const caseId = await cases.openCase(CM_SN, { ...aReturnee(), office: 'SN' });
  await cases.expect201(`/cases/${caseId}/contact-details`, { phone: '+221 77 000 00 00', email: 'awa@example.org', address: 'Quartier Médina, Dakar' }, CM_SN);
  const { consentId } = await cases.expect201(
    `/cases/${caseId}/consents`,
    { decision: 'given', purpose: 'assistance', dataCategories: ['identity', 'contact', 'case_summary'], decidedOn: day(), formVersion: 'v2024.1', language: 'fr' },
    CM_SN,
  );
  return { caseId, assistanceConsentId: consentId };
}

/** Her consent to referral to one provider of the directory: intake's recipient id is the provider's organisation id. */
export const referralConsent = (providerId: string, dataCategories: string[] = ['identity', 'contact']) => ({
  decision: 'given',
  purpose: 'referral',
  recipient: { recipientId: providerId, name: 'Centre de formation professionnelle de Dakar' },
  dataCategories,
  decidedOn: day(),
  formVersion: 'ref-v1',
  language: 'fr',
});
