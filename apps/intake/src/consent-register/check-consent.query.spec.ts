import { InMemoryReadModelStore, ManualClock } from '@homeward/events';
import { OfficeCalendar, type Infrastructure, type Principal } from '@homeward/platform';
import { CaseScenario, project } from '@homeward/testing/intake';
import { CheckConsentHandler, CheckConsentQuery } from './check-consent.query';
import { CONSENT_REGISTER, consentRegisterProjection } from './consent-register.projection';

const who = (role: Principal['role'], userId: string, countries: string[]): Principal => ({ role, userId, countries });
/** A user of the clinic: it asks for its organisation, the recipient id consents name. */
const clinic: Principal = { ...who('service_provider', 'u-nurse-1', ['SN']), organisationId: 'sp-clinic' };

describe('Consent register check', () => {
  const readModels = new InMemoryReadModelStore();
  // 23:30 UTC on the 22nd: already the 23rd in Rabat (UTC+1), still the 22nd in Dakar.
  const calendar = new OfficeCalendar(new ManualClock('2026-11-22T23:30:00.000Z'), { MA: 'Africa/Casablanca', SN: 'Africa/Dakar' });
  const handler = new CheckConsentHandler({ readModels } as unknown as Infrastructure, calendar);
  const awa = CaseScenario.registered();
  const ask = (principal: Principal, recipientId: string | undefined, caseId = awa.caseId) =>
    handler.execute(new CheckConsentQuery(caseId, { purpose: 'data_sharing', on: '2026-11-23', dataCategory: 'contact', ...(recipientId ? { recipientId } : {}) }, principal));

  beforeAll(async () => {
    awa.run('GiveConsent', { consentId: 'k-1', purpose: 'data_sharing', recipient: { recipientId: 'sp-clinic', name: 'Clinique' }, dataCategories: ['contact'], decidedOn: '2026-11-23', formVersion: 'v3', language: 'fr' });
    for (const [id, doc] of project(consentRegisterProjection, awa.events)) await readModels.put(CONSENT_REGISTER, id, doc, 1);
  });

  it('answers those whose scope covers the host country or the country of origin', async () => {
    await expect(ask(who('case_manager', 'cm-rabat', ['MA']), 'sp-clinic')).resolves.toEqual({ allowed: true, consentId: 'k-1' });
    await expect(ask(who('me_officer', 'me-1', ['SN']), 'sp-clinic')).resolves.toEqual({ allowed: true, consentId: 'k-1' });
    await expect(ask(clinic, 'sp-clinic')).resolves.toEqual({ allowed: true, consentId: 'k-1' });
  });

  it('answers anyone else as if the case did not exist: the question must not tell where cases are', async () => {
    for (const principal of [who('case_manager', 'cm-lagos', ['NG']), { ...clinic, countries: ['NG'] }]) {
      await expect(ask(principal, 'sp-clinic')).resolves.toEqual({ allowed: false, reason: 'NO_CONSENT' });
    }
  });

  it('lets a service provider ask about sharing and referral only, not whether the returnee refused assistance', async () => {
    const aboutAssistance = new CheckConsentQuery(awa.caseId, { purpose: 'assistance', recipientId: 'sp-clinic', on: '2026-11-23' }, clinic);
    await expect(handler.execute(aboutAssistance)).rejects.toMatchObject({ code: 'NOT_OWN_RECIPIENT', status: 403 });
  });

  it('without a day, asks for today as the case\'s offices count it: a form signed today in Rabat holds while UTC is still on yesterday', async () => {
    const today = await handler.execute(new CheckConsentQuery(awa.caseId, { purpose: 'data_sharing', recipientId: 'sp-clinic', dataCategory: 'contact' }, clinic));
    expect(today).toEqual({ allowed: true, consentId: 'k-1' });
    const dayBefore = await handler.execute(new CheckConsentQuery(awa.caseId, { purpose: 'data_sharing', recipientId: 'sp-clinic', dataCategory: 'contact', on: '2026-11-22' }, clinic));
    expect(dayBefore).toMatchObject({ allowed: false, reason: 'NOT_YET_VALID' });
  });

  it('lets a service provider ask only about its own organisation', async () => {
    for (const recipientId of ['p-other', undefined, clinic.userId]) {
      await expect(ask(clinic, recipientId)).rejects.toMatchObject({ code: 'NOT_OWN_RECIPIENT', status: 403 });
    }
    await expect(ask(clinic, 'p-other', 'unknown-case')).rejects.toMatchObject({ code: 'NOT_OWN_RECIPIENT', status: 403 });
  });

  it('answers NO_CONSENT for an unknown case, whoever asks', async () => {
    await expect(ask(who('case_manager', 'cm-lagos', ['NG']), 'sp-clinic', 'unknown-case')).resolves.toEqual({ allowed: false, reason: 'NO_CONSENT' });
  });
});
