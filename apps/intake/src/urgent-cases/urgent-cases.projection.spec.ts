import { applyEvent } from '@homeward/events';
import { CaseScenario, only, project } from '@homeward/testing/intake';
import { mostUrgentFirst, urgentCasesProjection, type OpenNeed, type UrgentCase } from './urgent-cases.projection';

const urgentOf = (scenario: CaseScenario): UrgentCase => only(project(urgentCasesProjection, scenario.events), scenario.caseId);

describe('Urgent cases projection', () => {
  it('lists an urgent need with the office and case manager holding the case', () => {
    const awa = CaseScenario.registered({}, { userId: 'cm-rabat' });
    awa.run('RecordVulnerabilityScreening', { screeningId: 's-1', needId: 'n-1', area: 'physical_health', urgency: 'life_threatening' });
    expect(urgentOf(awa)).toMatchObject({
      returneeName: 'Awa Diallo', office: 'MA', caseManagerId: 'cm-rabat', hasOpenNeeds: true,
      openNeeds: [{ needId: 'n-1', serviceNeeded: 'medical', urgency: 'life_threatening', identifiedAt: expect.any(String) }],
    });
  });

  it('shows the name as corrected', () => {
    const awa = CaseScenario.registered();
    awa.run('CorrectIdentity', { firstName: 'Aoua', reason: 'As on the passport', derivedIds: { screeningId: 's-c', needId: 'n-c' } });
    expect(urgentOf(awa).returneeName).toBe('Aoua Diallo');
  });

  it('lists a case registered by the origin office, for someone first met on arrival, under that office', () => {
    const child = CaseScenario.registered({ dateOfBirth: '2012-05-05', office: 'SN' }, { userId: 'cm-dakar' });
    expect(urgentOf(child)).toMatchObject({ office: 'SN', caseManagerId: 'cm-dakar', hasOpenNeeds: true });
  });

  it('ranks the case by its most urgent open need, and drops the rank when nothing is open', () => {
    const child = CaseScenario.registered({ dateOfBirth: '2012-05-05' });
    expect(urgentOf(child).priority).toMatch(/^1\|/);
    child.run('RecordVulnerabilityScreening', { screeningId: 's-1', needId: 'n-1', area: 'mental_health', urgency: 'life_threatening' }, { now: '2026-11-24T08:00:00.000Z' });
    expect(urgentOf(child).priority).toBe('0|2026-11-24T08:00:00.000Z');
    child.run('MarkUrgentNeedAddressed', { needId: 'n-1' }, { now: '2026-11-24T09:00:00.000Z' });
    child.run('MarkUrgentNeedAddressed', { needId: `n-derived-${child.caseId}` }, { now: '2026-11-24T09:00:00.000Z' });
    expect(urgentOf(child).priority).toBeUndefined();
  });

  it('drops a need once addressed, and the case from the open ones with its last need', () => {
    const awa = CaseScenario.registered();
    awa.run('RecordVulnerabilityScreening', { screeningId: 's-1', needId: 'n-1', area: 'mental_health', urgency: 'life_threatening' });
    awa.run('MarkUrgentNeedAddressed', { needId: 'n-1' });
    expect(urgentOf(awa)).toMatchObject({ openNeeds: [], hasOpenNeeds: false });
  });

  it('moves the open needs to the origin office on transfer', () => {
    const child = CaseScenario.registered({ dateOfBirth: '2012-05-05' });
    child.run('TransferCase', { handoverNote: 'child protection first' });
    expect(urgentOf(child)).toMatchObject({ office: 'SN', openNeeds: [expect.objectContaining({ serviceNeeded: 'child_protection' })] });
    expect(urgentOf(child)).not.toHaveProperty('caseManagerId');
    child.run('AssignCase', { caseManagerId: 'cm-dakar' }, { userId: 'sup-dakar', role: 'supervisor' });
    expect(urgentOf(child)).toMatchObject({ office: 'SN', caseManagerId: 'cm-dakar' });
  });

  it('keeps a need once when its event arrives again', () => {
    const child = CaseScenario.registered({ dateOfBirth: '2012-05-05' });
    const identified = child.events.find((e) => e.type === 'intake.UrgentNeedIdentified')!;
    expect(applyEvent(urgentCasesProjection, urgentOf(child), identified)!.openNeeds).toHaveLength(1);
  });

  it('orders life-threatening needs first, then the oldest', () => {
    const need = (needId: string, urgency: OpenNeed['urgency'], identifiedAt: string): OpenNeed => ({ needId, urgency, identifiedAt, serviceNeeded: 'medical' });
    const sorted = [need('a', 'urgent', '2026-11-01'), need('b', 'life_threatening', '2026-11-20'), need('c', 'life_threatening', '2026-11-10'), need('d', 'urgent', '2026-10-01')].sort(mostUrgentFirst);
    expect(sorted.map((n) => n.needId)).toEqual(['c', 'b', 'd', 'a']);
  });
});
