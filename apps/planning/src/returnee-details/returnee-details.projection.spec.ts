import type { RecordedEvent } from '@homeward/events';
import { CaseScenario, only, project } from '@homeward/testing/intake';
import { returneeDetailsProjection, type ReturneeDetailsDocument } from './returnee-details.projection';

/** Intake's events as planning's inbox holds them: only intake.ReturneeDetailsShared keeps its personal part (opened with planning's key). */
const asOnTopic = (events: RecordedEvent[]): RecordedEvent[] =>
  events.map((e) => {
    if (e.type === 'intake.ReturneeDetailsShared') return e;
    const { personal: _stripped, ...data } = e.data;
    return { ...e, data };
  });

const kept = (scenario: CaseScenario, events = scenario.events): ReturneeDetailsDocument => only(project(returneeDetailsProjection, asOnTopic(events)), scenario.caseId);
const keptOf = (scenario: CaseScenario) => project(returneeDetailsProjection, asOnTopic(scenario.events)).get(scenario.caseId);

describe("What planning keeps of the returnee for her copy, from intake's topic", () => {
  it('knows nothing of her before she consents to assistance: intake shares nothing', () => {
    const awa = CaseScenario.registered({ phone: '+221 77 000 00 00' });
    awa.run('RecordArrival', { arrivalDate: '2026-12-15' }, { now: '2026-12-15T18:00:00.000Z' });
    expect(keptOf(awa)).toBeUndefined();
  });

  it('keeps her name and languages once she consents, and nothing else of what was shared', () => {
    const awa = CaseScenario.registered({ phone: '+221 77 000 00 00', email: 'awa@example.org', address: 'Thiès', gender: 'woman' });
    awa.giveAssistanceConsent('k-1');
    expect(kept(awa)).toEqual({
      caseId: awa.caseId,
      returnee: { firstName: 'Awa', lastName: 'Diallo', languages: ['fr', 'wo'] },
      basis: { assistanceConsents: [expect.objectContaining({ consentId: 'k-1', status: 'given' })] },
    });
    expect(JSON.stringify(kept(awa))).not.toMatch(/1994-03-02|\+221|awa@|Thiès|woman|r-c-/);
  });

  it('follows a corrected name: intake shares her details again', () => {
    const awa = CaseScenario.registered();
    awa.giveAssistanceConsent();
    awa.run('CorrectIdentity', { lastName: 'Diallo Ba', reason: 'As on the passport', derivedIds: { screeningId: 's-x', needId: 'n-x' } });
    expect(kept(awa).returnee).toMatchObject({ firstName: 'Awa', lastName: 'Diallo Ba' });
  });

  it('forgets her when she withdraws assistance, knows her again under a new consent, and forgets her when she refuses it', () => {
    const awa = CaseScenario.registered();
    awa.giveAssistanceConsent('k-1');
    awa.run('WithdrawConsent', { consentId: 'k-1', withdrawnOn: '2026-11-23' });
    expect(kept(awa)).not.toHaveProperty('returnee');
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
    expect(kept(awa).basis.assistanceConsents.map((c) => c.consentId)).toEqual(['k-1']);
  });

  it('keeps nothing from a shared part planning could not open', () => {
    const awa = CaseScenario.registered();
    awa.giveAssistanceConsent();
    const unopened = awa.events.map((e) => (e.type === 'intake.ReturneeDetailsShared' ? { ...e, data: { ...e.data, personal: undefined } } : e));
    expect(kept(awa, unopened)).not.toHaveProperty('returnee');
  });

  it('forgets her at intake.ReturneeErased, and a rebuild from a history whose keys are gone holds the same', () => {
    const awa = CaseScenario.registered();
    awa.giveAssistanceConsent();
    awa.erase();
    expect(kept(awa)).toEqual({ caseId: awa.caseId, erasedAt: '2026-11-23T09:00:00.000Z', basis: { assistanceConsents: [expect.objectContaining({ status: 'given' })] } });
    expect(kept(awa, awa.readAfterErasure())).toEqual(kept(awa));
    expect(JSON.stringify(kept(awa, awa.readAfterErasure()))).not.toMatch(/Awa|Diallo/);
  });
});
