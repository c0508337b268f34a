import { ERASED } from '@homeward/contracts/intake';
import type { Projection } from '@homeward/events';
import { CaseScenario, only, project } from '@homeward/testing/intake';
import { intakeProjections } from '../projections';
import type { CaseloadEntry } from '../caseload/caseload.projection';
import type { ReturneeIndexEntry } from '../returnee-search/returnee-index.projection';
import type { UrgentCase } from '../urgent-cases/urgent-cases.projection';
import type { CaseFile } from './case-file.document';

/** Everything intake may be told about Awa that names or describes her. */
const SECRETS = ['Awa', 'Diallo', 'Aoua', '1994-03-02', '+212600000000', 'Moussa', '2019-06-01', 'Ibou', 'cried about her son', 'Reopen the tailoring shop', 'Live near her mother', 'debts to the smuggler', 'diabetes', 'health_and_wellbeing', 'trafficking', 'Agadez', 'deported after a raid', 'her brother must not know', 'As on the passport', 'Fatou Sow'];

function awaTold(): CaseScenario {
  const awa = CaseScenario.registered({ phone: '+212600000000', familyMembers: [{ memberId: 'm-1', relationship: 'child', firstName: 'Moussa', lastName: 'Diallo', dateOfBirth: '2019-06-01', sex: 'male' }] });
  awa.run('GiveConsent', { consentId: 'k-1', purpose: 'assistance', dataCategories: ['case_summary'], decidedOn: '2026-11-23', formVersion: 'v3', language: 'fr', witness: { role: 'interpreter', name: 'Fatou Sow' } });
  awa.run('AddFamilyMember', { member: { memberId: 'm-2', relationship: 'spouse', firstName: 'Ibou', lastName: 'Diallo', dateOfBirth: '1990-01-01', sex: 'male' } });
  awa.run('CorrectIdentity', { firstName: 'Aoua', reason: 'As on the passport', derivedIds: { screeningId: 's-c', needId: 'n-c' } });
  awa.run('ScheduleSession', { sessionId: 'x-1', phase: 'pre_departure', scheduledFor: '2026-11-23' });
  awa.run('StartSession', { sessionId: 'x-1' });
  awa.run('RecordSessionStep', { sessionId: 'x-1', details: { step: 'preparation', hostCountryInformationReviewed: true, privatePlace: true, recordsSecured: true, interpreter: { present: false } } });
  awa.run('RecordSessionStep', { sessionId: 'x-1', details: { step: 'trust', notes: 'cried about her son' } });
  awa.run('RecordSessionStep', { sessionId: 'x-1', details: { step: 'process_and_consent', processExplained: true, rightToRefuseExplained: true } });
  awa.run('RecordSessionStep', { sessionId: 'x-1', details: { step: 'vulnerabilities', screened: true } });
  awa.run('RecordSessionStep', { sessionId: 'x-1', details: { step: 'plan_design', goals: ['Reopen the tailoring shop'], strengths: ['Sewing'], lifePlan: 'Live near her mother' } });
  awa.run('RecordSessionStep', { sessionId: 'x-1', details: { step: 'closing', summary: 'debts to the smuggler discussed' } });
  awa.run('AssessIndividualFactor', { factor: 'health_and_wellbeing', assessment: 'vulnerability', note: 'diabetes, needs insulin' });
  awa.run('RecordVulnerabilityScreening', { screeningId: 's-1', needId: 'n-1', area: 'trafficking', urgency: 'urgent', details: 'recruited by a smuggler in Agadez' });
  awa.run('RecordReturnCircumstances', { timeAbroadMonths: 20, returnType: 'forced', detained: false, preparedness: 'unprepared', documentsHeld: [], notes: 'deported after a raid' });
  awa.run('TransferCase', { handoverNote: 'her brother must not know where she lives' });
  return awa;
}

const named = (name: string): Projection => intakeProjections.find((p) => p.name === name)!;

describe('Intake’s read models once a returnee is erased', () => {
  const awa = awaTold();
  const before = Object.fromEntries(intakeProjections.map((p) => [p.name, only(project(p, awa.events), awa.caseId)]));
  awa.erase();

  it('held her details before: the search below finds what it looks for', () => {
    expect(JSON.stringify(before)).toContain('Aoua');
    expect(JSON.stringify(before)).toContain('1994-03-02');
  });

  it.each(intakeProjections.map((p) => [p.name, p] as const))('%s keeps nothing of her, at once through the erasure event', (_name, projection) => {
    const doc = JSON.stringify(only(project(projection, awa.events), awa.caseId));
    for (const secret of SECRETS) expect(doc).not.toContain(secret);
  });

  it.each(intakeProjections.map((p) => [p.name, p] as const))('%s ends the same after a rebuild, which reads her parts as erased', (_name, projection) => {
    expect(only(project(projection, awa.readAfterErasure()), awa.caseId)).toEqual(only(project(projection, awa.events), awa.caseId));
  });

  it('shows her as erased: names and date of birth read "erased", and what the case’s public events said stays', () => {
    const file = only(project(named('intake.case-file') as Projection<CaseFile>, awa.events), awa.caseId);
    expect(file.returnee).toMatchObject({ firstName: ERASED, lastName: ERASED, dateOfBirth: ERASED, contact: {}, familyMembers: [], nationality: 'SN' });
    expect(file.erasure).toEqual({ erasedAt: '2026-11-23T09:00:00.000Z', erasedBy: 'sup-ma', reason: 'data_subject_request' });
    expect(file.case).toMatchObject({ office: 'SN', status: 'open' });
    expect(file.sessions[0].steps.map((s) => s.step)).toEqual(['preparation', 'trust', 'process_and_consent', 'vulnerabilities', 'plan_design', 'closing']);
    expect(file.urgentNeeds.map((n) => n.needId)).toEqual(['n-1']);
    expect(only(project(named('intake.caseload') as Projection<CaseloadEntry>, awa.events), awa.caseId).returneeName).toBe(ERASED);
    expect(only(project(named('intake.urgent-cases') as Projection<UrgentCase>, awa.events), awa.caseId).returneeName).toBe(ERASED);
  });

  it('leaves nothing in the returnee index to find her by or to match her against', () => {
    const entry = only(project(named('intake.returnee-index') as Projection<ReturneeIndexEntry>, awa.readAfterErasure()), awa.caseId);
    expect(entry).toMatchObject({ firstName: ERASED, lastName: ERASED, dateOfBirth: ERASED, nameTokens: [], identityKeys: [] });
  });
});
