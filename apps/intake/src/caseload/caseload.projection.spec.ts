import { applyEvent } from '@homeward/events';
import { CaseScenario, only, project } from '@homeward/testing/intake';
import { caseloadProjection, type CaseloadEntry } from './caseload.projection';

const entryOf = (scenario: CaseScenario): CaseloadEntry => only(project(caseloadProjection, scenario.events), scenario.caseId);

describe('Caseload projection', () => {
  it('lists a new case under the case manager who registered it, in the host-country office', () => {
    expect(entryOf(CaseScenario.registered({}, { userId: 'cm-rabat' }))).toMatchObject({
      returneeName: 'Awa Diallo', caseManagerId: 'cm-rabat', office: 'MA', status: 'open', openUrgentNeeds: 0,
    });
  });

  it('lists a case registered by the origin office, for someone first met on arrival, in that office', () => {
    expect(entryOf(CaseScenario.registered({ office: 'SN' }, { userId: 'cm-dakar' }))).toMatchObject({ caseManagerId: 'cm-dakar', office: 'SN' });
  });

  it('forgets a pre-departure session never held once the returnee has arrived', () => {
    const awa = CaseScenario.registered();
    awa.run('ScheduleSession', { sessionId: 's-pre', phase: 'pre_departure', scheduledFor: '2026-11-24T10:00:00.000Z' });
    awa.run('ScheduleSession', { sessionId: 's-post', phase: 'post_arrival', scheduledFor: '2026-11-28T10:00:00.000Z' });
    expect(entryOf(awa).nextSessionDate).toBe('2026-11-24');
    awa.run('RecordArrival', { arrivalDate: '2026-11-23' });
    expect(entryOf(awa).nextSessionDate).toBe('2026-11-28');
  });

  it('shows the name as corrected', () => {
    const awa = CaseScenario.registered();
    awa.run('CorrectIdentity', { lastName: 'Dialo', reason: 'As on the passport', derivedIds: { screeningId: 's-c', needId: 'n-c' } });
    expect(entryOf(awa).returneeName).toBe('Awa Dialo');
  });

  it('moves the case to the new office on transfer, waiting there until a case manager is assigned', () => {
    const awa = CaseScenario.registered();
    awa.run('RecordArrival', { arrivalDate: '2026-11-20' });
    const [transferred] = awa.run('TransferCase', { handoverNote: 'see notes' });
    expect(entryOf(awa)).toMatchObject({ office: 'SN', arrivalDate: '2026-11-20', awaitingAssignment: true, transferredAt: transferred.data.transferredAt });
    expect(entryOf(awa)).not.toHaveProperty('caseManagerId');
    awa.run('AcceptCase', {}, { userId: 'cm-dakar', role: 'case_manager' });
    expect(entryOf(awa)).toMatchObject({ caseManagerId: 'cm-dakar', office: 'SN', awaitingAssignment: false });
  });

  it('counts open urgent needs, and no longer one that is addressed', () => {
    const child = CaseScenario.registered({ dateOfBirth: '2012-05-05' });
    child.run('RecordVulnerabilityScreening', { screeningId: 's-1', needId: 'n-1', area: 'mental_health', urgency: 'life_threatening' });
    expect(entryOf(child).openUrgentNeeds).toBe(2);
    child.run('MarkUrgentNeedAddressed', { needId: 'n-1' });
    expect(entryOf(child).openUrgentNeeds).toBe(1);
  });

  it('shows the last session held and the next one planned', () => {
    const awa = CaseScenario.registered();
    awa.run('ScheduleSession', { sessionId: 'x-1', phase: 'pre_departure', scheduledFor: '2026-11-23' });
    expect(entryOf(awa)).toMatchObject({ nextSessionDate: '2026-11-23' });
    expect(entryOf(awa).lastSessionDate).toBeUndefined();
    awa.run('StartSession', { sessionId: 'x-1' }, { now: '2026-11-23T09:00:00.000Z' });
    awa.run('ContinueSessionLater', { sessionId: 'x-1', nextSessionId: 'x-2', scheduledFor: '2026-12-01' });
    expect(entryOf(awa)).toMatchObject({ lastSessionDate: '2026-11-23', nextSessionDate: '2026-12-01' });
  });

  it('takes the next date named at the close of the last session when none is scheduled', () => {
    const awa = CaseScenario.registered();
    awa.giveAssistanceConsent();
    awa.run('ScheduleSession', { sessionId: 'x-1', phase: 'pre_departure', scheduledFor: '2026-11-23' });
    awa.run('StartSession', { sessionId: 'x-1' });
    awa.stepsBeforeClosing('x-1');
    awa.run('RecordSessionStep', { sessionId: 'x-1', details: { step: 'closing', summary: 'agreed next steps', nextSessionDate: '2026-12-07' } });
    expect(entryOf(awa)).toMatchObject({ lastSessionDate: '2026-11-23', nextSessionDate: '2026-12-07' });
  });

  it('shows the case as refused when the returnee refuses assistance', () => {
    const awa = CaseScenario.registered();
    awa.run('RefuseConsent', { consentId: 'k-1', purpose: 'assistance', decidedOn: '2026-11-23', formVersion: 'v3', language: 'fr' });
    expect(entryOf(awa).status).toBe('assistance_refused');
  });

  it('counts an urgent need once even if its event arrives again', () => {
    const child = CaseScenario.registered({ dateOfBirth: '2012-05-05' });
    const entry = entryOf(child);
    const identified = child.events.find((e) => e.type === 'intake.UrgentNeedIdentified')!;
    expect(applyEvent(caseloadProjection, entry, identified)!.openUrgentNeeds).toBe(1);
  });
});
