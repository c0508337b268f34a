import type { RecordedEvent } from '@homeward/events';
import type { Principal } from '@homeward/platform';
import { CaseScenario, only, project } from '@homeward/testing/intake';
import { caseDetailsProjection, type CaseDetailsDocument } from './case-details.projection';
import { ageOn, mayHandleProtected, referralDataOf } from './case-details.reader';

/** Intake's events as referrals' inbox holds them: only intake.ReturneeDetailsShared keeps its personal part (opened with referrals' key). */
const asOnTopic = (events: RecordedEvent[]): RecordedEvent[] =>
  events.map((e) => {
    if (e.type === 'intake.ReturneeDetailsShared') return e;
    const { personal: _stripped, ...data } = e.data;
    return { ...e, data };
  });

const kept = (scenario: CaseScenario, events = scenario.events): CaseDetailsDocument => only(project(caseDetailsProjection, asOnTopic(events)), scenario.caseId);
const who = (role: Principal['role'], userId: string, countries: string[]): Principal => ({ role, userId, countries });

describe("What referrals keeps of a case from intake's topic", () => {
  it('knows the office holding the case from its opening, and follows a transfer', () => {
    const awa = CaseScenario.registered();
    expect(kept(awa)).toMatchObject({ office: 'MA', countries: ['MA', 'SN'] });
    awa.run('TransferCase', { handoverNote: 'Plan agreed' });
    expect(kept(awa)).toMatchObject({ office: 'SN', countries: ['MA', 'SN'] });
  });

  it('follows the office and the case manager through a transfer and an assignment', () => {
    const awa = CaseScenario.registered({}, { userId: 'cm-7' });
    expect(kept(awa)).toEqual({ caseId: awa.caseId, office: 'MA', caseManagerId: 'cm-7', countries: ['MA', 'SN'], sex: 'female', basis: { assistanceConsents: [] } });
    awa.run('TransferCase', { handoverNote: 'Returning to Dakar' });
    expect(kept(awa)).toEqual({ caseId: awa.caseId, office: 'SN', countries: ['MA', 'SN'], sex: 'female', basis: { assistanceConsents: [] } });
    awa.run('AssignCase', { caseManagerId: 'cm-sn-1' }, { userId: 'sup-sn-1', role: 'supervisor' });
    expect(kept(awa)).toMatchObject({ office: 'SN', caseManagerId: 'cm-sn-1' });
    const [erased] = awa.erase();
    expect(kept(awa).erasedAt).toBe((erased.data as { erasedAt: string }).erasedAt);
  });

  it('knows nothing of her before she consents to assistance', () => {
    const awa = CaseScenario.registered({ phone: '+221 77 000 00 00' });
    expect(kept(awa)).not.toHaveProperty('returnee');
    expect(referralDataOf(kept(awa), '2026-11-23')).toEqual({});
  });

  it('keeps what the minimum data sets use once she consents, and nothing else of what was shared', () => {
    const awa = CaseScenario.registered({ phone: '+221 77 000 00 00', email: 'awa@example.org', address: 'Thiès', gender: 'woman' });
    awa.giveAssistanceConsent('k-1');
    expect(kept(awa).returnee).toEqual({ firstName: 'Awa', lastName: 'Diallo', dateOfBirth: '1994-03-02', language: 'fr', phone: '+221 77 000 00 00' });
    expect(JSON.stringify(kept(awa))).not.toMatch(/awa@|Thiès|woman|wo"/);
    expect(referralDataOf(kept(awa), '2026-11-23')).toEqual({ firstName: 'Awa', lastName: 'Diallo', language: 'fr', phone: '+221 77 000 00 00', sex: 'female', ageYears: 32 });
  });

  it('gives her age on the day the referral leaves', () => {
    expect([ageOn('1994-03-02', '2027-03-01'), ageOn('1994-03-02', '2027-03-02')]).toEqual([32, 33]);
  });

  it('forgets her when she withdraws or refuses assistance, and knows her again under a new consent', () => {
    const awa = CaseScenario.registered();
    awa.giveAssistanceConsent('k-1');
    awa.run('WithdrawConsent', { consentId: 'k-1', withdrawnOn: '2026-11-23' });
    expect(kept(awa)).not.toHaveProperty('returnee');
    expect(referralDataOf(kept(awa), '2026-11-23')).toEqual({});
    awa.giveAssistanceConsent('k-2');
    expect(kept(awa).returnee).toMatchObject({ firstName: 'Awa' });
    awa.run('RefuseConsent', { consentId: 'k-3', purpose: 'assistance', decidedOn: '2026-11-23', formVersion: 'v3', language: 'fr' });
    expect(kept(awa)).not.toHaveProperty('returnee');
  });

  it('is not moved by a consent to another purpose', () => {
    const awa = CaseScenario.registered();
    awa.giveAssistanceConsent('k-1');
    awa.run('RefuseConsent', { consentId: 'k-me', purpose: 'me_use', decidedOn: '2026-11-23', formVersion: 'v3', language: 'fr' });
    expect(kept(awa).returnee).toMatchObject({ firstName: 'Awa' });
  });

  it('forgets her at intake.ReturneeErased, her sex too, and a rebuild from a history whose keys are gone holds the same', () => {
    const awa = CaseScenario.registered();
    awa.giveAssistanceConsent();
    awa.erase();
    expect(kept(awa)).toEqual({ caseId: awa.caseId, office: 'MA', caseManagerId: 'cm-7', countries: ['MA', 'SN'], erasedAt: '2026-11-23T09:00:00.000Z', basis: { assistanceConsents: [expect.objectContaining({ status: 'given' })] } });
    expect(kept(awa, awa.readAfterErasure())).toEqual(kept(awa));
  });
});

describe('Who may handle the safety plans of a case referrals knows', () => {
  it('gives safety plans to her own case manager and the supervisors of the office holding the case, only', () => {
    const held = { office: 'SN', caseManagerId: 'cm-sn-1' };
    expect(mayHandleProtected(who('case_manager', 'cm-sn-1', ['SN']), held)).toBe(true);
    expect(mayHandleProtected(who('supervisor', 'sup-sn-1', ['SN']), held)).toBe(true);
    expect(mayHandleProtected(who('case_manager', 'cm-sn-2', ['SN']), held)).toBe(false);
    expect(mayHandleProtected(who('case_manager', 'cm-sn-1', ['MA']), held)).toBe(false);
    expect(mayHandleProtected(who('supervisor', 'sup-ma-1', ['MA']), held)).toBe(false);
    expect(mayHandleProtected(who('auditor', 'aud-1', ['*']), held)).toBe(false);
    expect(mayHandleProtected(who('me_officer', 'me-1', ['SN']), held)).toBe(false);
    expect(mayHandleProtected(who('case_manager', 'cm-sn-1', ['SN']), { office: 'SN' })).toBe(false);
  });
});
