import { applyEvent } from '@homeward/events';
import { mayReceive } from '@homeward/domain';
import { CaseScenario, only, project } from '@homeward/testing/intake';
import { consentRegisterProjection, type ConsentRegisterEntry } from './consent-register.projection';

const registerOf = (scenario: CaseScenario): ConsentRegisterEntry => only(project(consentRegisterProjection, scenario.events), scenario.caseId);
const clinic = { recipientId: 'p-clinic', name: 'Clinique de Dakar' };
const sharing = { purpose: 'data_sharing' as const, recipientId: 'p-clinic', dataCategory: 'contact' as const, on: '2026-11-23' };

describe('Consent register projection', () => {
  const shareWithClinic = (awa: CaseScenario) =>
    awa.run('GiveConsent', { consentId: 'k-1', purpose: 'data_sharing', recipient: clinic, dataCategories: ['contact', 'case_summary'], decidedOn: '2026-11-23', formVersion: 'v3', language: 'fr' });

  it('keeps the returnee’s decisions so the register answers yes for the named recipient and its categories only', () => {
    const awa = CaseScenario.registered();
    shareWithClinic(awa);
    const { records, returneeId, hostCountry, countryOfOrigin } = registerOf(awa);
    expect({ returneeId, hostCountry, countryOfOrigin }).toEqual({ returneeId: `r-${awa.caseId}`, hostCountry: 'MA', countryOfOrigin: 'SN' });
    expect(mayReceive(records, sharing)).toEqual({ allowed: true, consentId: 'k-1' });
    expect(mayReceive(records, { ...sharing, recipientId: 'p-other' })).toEqual({ allowed: false, reason: 'NO_CONSENT' });
    expect(mayReceive(records, { ...sharing, dataCategory: 'health' })).toMatchObject({ allowed: false, reason: 'CATEGORY_NOT_COVERED' });
  });

  it('answers CONSENT_WITHDRAWN once the consent is withdrawn', () => {
    const awa = CaseScenario.registered();
    shareWithClinic(awa);
    awa.run('WithdrawConsent', { consentId: 'k-1', withdrawnOn: '2026-11-23', reason: 'changed her mind' });
    expect(mayReceive(registerOf(awa).records, sharing)).toEqual({ allowed: false, reason: 'CONSENT_WITHDRAWN', consentId: 'k-1' });
  });

  it('records a decision once when its event arrives again', () => {
    const awa = CaseScenario.registered();
    const [given] = shareWithClinic(awa);
    const [withdrawn] = awa.run('WithdrawConsent', { consentId: 'k-1', withdrawnOn: '2026-11-23' });
    const entry = registerOf(awa);
    const replayed = applyEvent(consentRegisterProjection, applyEvent(consentRegisterProjection, entry, given), withdrawn)!;
    expect(replayed.records).toEqual(entry.records);
  });
});
