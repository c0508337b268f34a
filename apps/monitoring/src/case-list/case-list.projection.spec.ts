import { CaseScenario, project, only } from '@homeward/testing/intake';
import { caseListProjection, type CaseListDocument } from './case-list.projection';

const listed = (scenario: CaseScenario): CaseListDocument => only(project(caseListProjection, scenario.events), scenario.caseId);

describe('Monitoring case list', () => {
  it('lists a case once intake opens it, under the case id, without the returnee', () => {
    const awa = CaseScenario.registered();
    expect(listed(awa)).toEqual({
      caseId: awa.caseId,
      hostCountry: 'MA',
      countryOfOrigin: 'SN',
      countries: ['MA', 'SN'],
      office: 'MA',
      caseManagerId: 'cm-7',
      plannedReturnDate: '2026-12-15',
      openedAt: '2026-11-02T09:00:00.000Z',
      status: 'open',
      basis: { assistanceConsents: [] },
    });
    expect(JSON.stringify(listed(awa))).not.toMatch(/r-c-|Awa|Diallo/);
  });

  it('follows a transfer to the origin office, without a case manager until one is assigned there', () => {
    const awa = CaseScenario.registered();
    awa.run('TransferCase', { handoverNote: 'see notes' });
    expect(listed(awa)).toMatchObject({ office: 'SN' });
    expect(listed(awa)).not.toHaveProperty('caseManagerId');
    awa.run('AcceptCase', {}, { userId: 'cm-dakar', role: 'case_manager' });
    expect(listed(awa)).toMatchObject({ office: 'SN', caseManagerId: 'cm-dakar' });
  });

  it('says the case is no longer assisted when the returnee refuses or withdraws assistance, and open again under a new consent', () => {
    const awa = CaseScenario.registered();
    awa.giveAssistanceConsent('k-1');
    expect(listed(awa).status).toBe('open');
    awa.run('WithdrawConsent', { consentId: 'k-1', withdrawnOn: '2026-11-23' });
    expect(listed(awa).status).toBe('assistance_refused');
    awa.giveAssistanceConsent('k-2');
    expect(listed(awa).status).toBe('open');
  });

  it('shows the returnee as erased once intake erases her, and again after a rebuild', () => {
    const awa = CaseScenario.registered();
    awa.giveAssistanceConsent('k-1');
    awa.erase();
    expect(listed(awa)).toMatchObject({ status: 'open', erasedAt: '2026-11-23T09:00:00.000Z' });
    expect(only(project(caseListProjection, awa.readAfterErasure()), awa.caseId)).toEqual(listed(awa));
  });

  it('is not moved by consents to other purposes', () => {
    const awa = CaseScenario.registered();
    awa.run('RefuseConsent', { consentId: 'k-me', purpose: 'me_use', decidedOn: '2026-11-23', formVersion: 'v3', language: 'fr' });
    expect(listed(awa)).toMatchObject({ status: 'open', basis: { assistanceConsents: [] } });
  });

  describe("the returnee's name, shared by intake under her consent to assistance", () => {
    it('is not known before she consents', () => {
      expect(listed(CaseScenario.registered())).not.toHaveProperty('returnee');
    });

    it('is kept once she consents, and only the name of all that was shared', () => {
      const awa = CaseScenario.registered({ phone: '+221 77 000 00 00' });
      awa.giveAssistanceConsent();
      expect(listed(awa).returnee).toEqual({ firstName: 'Awa', lastName: 'Diallo' });
      expect(JSON.stringify(listed(awa))).not.toMatch(/1994-03-02|\+221|wo/);
    });

    it('follows a corrected name', () => {
      const awa = CaseScenario.registered();
      awa.giveAssistanceConsent();
      awa.run('CorrectIdentity', { firstName: 'Aoua', reason: 'As on the passport', derivedIds: { screeningId: 's-x', needId: 'n-x' } });
      expect(listed(awa).returnee).toEqual({ firstName: 'Aoua', lastName: 'Diallo' });
    });

    it('is forgotten when she withdraws or refuses assistance, and known again under a new consent', () => {
      const awa = CaseScenario.registered();
      awa.giveAssistanceConsent('k-1');
      awa.run('WithdrawConsent', { consentId: 'k-1', withdrawnOn: '2026-11-23' });
      expect(listed(awa)).not.toHaveProperty('returnee');
      awa.giveAssistanceConsent('k-2');
      expect(listed(awa).returnee).toEqual({ firstName: 'Awa', lastName: 'Diallo' });
      awa.run('RefuseConsent', { consentId: 'k-3', purpose: 'assistance', decidedOn: '2026-11-23', formVersion: 'v3', language: 'fr' });
      expect(listed(awa)).not.toHaveProperty('returnee');
    });

    it('is not kept from a shared part this service could not open', () => {
      const awa = CaseScenario.registered();
      awa.giveAssistanceConsent();
      const unopened = awa.events.map((e) => (e.type === 'intake.ReturneeDetailsShared' ? { ...e, data: { ...e.data, personal: undefined } } : e));
      expect(only(project(caseListProjection, unopened), awa.caseId)).not.toHaveProperty('returnee');
    });
  });
});
