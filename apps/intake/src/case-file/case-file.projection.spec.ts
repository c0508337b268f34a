import { applyEvent } from '@homeward/events';
import type { CaseFile } from './case-file.document';
import { caseFileProjection } from './case-file.projection';
import { CaseScenario, only, project } from '@homeward/testing/intake';

const fileOf = (scenario: CaseScenario): CaseFile => only(project(caseFileProjection, scenario.events), scenario.caseId);

describe('Case file projection', () => {
  it('opens the file at registration: the returnee, the case held by the host-country office', () => {
    const awa = CaseScenario.registered({ phone: '+212600000000', familyMembers: [{ memberId: 'm-1', relationship: 'child', firstName: 'Moussa', lastName: 'Diallo', dateOfBirth: '2019-06-01', sex: 'male' }] });
    const file = fileOf(awa);
    expect(file.returnee).toMatchObject({ firstName: 'Awa', lastName: 'Diallo', dateOfBirth: '1994-03-02', nationality: 'SN', contact: { phone: '+212600000000' } });
    expect(file.returnee.familyMembers.map((m) => m.firstName)).toEqual(['Moussa']);
    expect(file.case).toMatchObject({ hostCountry: 'MA', countryOfOrigin: 'SN', office: 'MA', caseManagerId: 'cm-7', status: 'open', plannedReturnDate: '2026-12-15' });
  });

  it('follows the family: a member who joins is listed, one who leaves is not', () => {
    const awa = CaseScenario.registered({ familyMembers: [{ memberId: 'm-1', relationship: 'child', firstName: 'Moussa', lastName: 'Diallo', dateOfBirth: '2019-06-01', sex: 'male' }] });
    awa.run('AddFamilyMember', { member: { memberId: 'm-2', relationship: 'spouse', firstName: 'Ibou', lastName: 'Diallo', dateOfBirth: '1990-01-01', sex: 'male' } });
    awa.run('RemoveFamilyMember', { memberId: 'm-1', reason: 'Stays with his grandmother', derivedIds: { screeningId: 's-x', needId: 'n-x' } });
    expect(fileOf(awa).returnee.familyMembers.map((m) => m.firstName)).toEqual(['Ibou']);
  });

  it('shows the contact details as they now are', () => {
    const awa = CaseScenario.registered({ phone: '+212600000000', email: 'awa@example.org' });
    awa.run('ChangeContactDetails', { phone: '+221770000000' });
    expect(fileOf(awa).returnee.contact).toEqual({ phone: '+221770000000' });
  });

  it('applies an identity correction and keeps a trace of it: which fields, by whom, and why under `sensitive`', () => {
    const awa = CaseScenario.registered();
    const [corrected] = awa.run('CorrectIdentity', { firstName: 'Aoua', nationality: 'GN', reason: 'As on the passport', derivedIds: { screeningId: 's-c', needId: 'n-c' } });
    const { returnee, sensitive } = fileOf(awa);
    expect(returnee).toMatchObject({ firstName: 'Aoua', lastName: 'Diallo', nationality: 'GN' });
    expect(returnee.corrections).toEqual([{ fields: ['firstName', 'nationality'], correctedBy: 'cm-7', correctedAt: corrected.data.correctedAt }]);
    expect(sensitive.correctionReasons).toEqual([{ correctedAt: corrected.data.correctedAt, reason: 'As on the passport' }]);
  });

  it('opens a case registered by the origin office, for someone first met on arrival, in that office', () => {
    const metOnArrival = CaseScenario.registered({ office: 'SN' }, { userId: 'cm-dakar' });
    expect(fileOf(metOnArrival).case).toMatchObject({ hostCountry: 'MA', countryOfOrigin: 'SN', office: 'SN', caseManagerId: 'cm-dakar' });
  });

  it('keeps health, disability and sexual orientation factors and health, trafficking and violence screenings under `sensitive` only', () => {
    const awa = CaseScenario.registered();
    awa.giveAssistanceConsent();
    awa.run('AssessIndividualFactor', { factor: 'health_and_wellbeing', assessment: 'vulnerability', note: 'diabetes, needs insulin' });
    awa.run('AssessIndividualFactor', { factor: 'sexual_orientation', assessment: 'vulnerability', note: 'fears persecution at home' });
    awa.run('AssessIndividualFactor', { factor: 'skills_and_knowledge', assessment: 'capacity', note: 'trained tailor' });
    awa.run('RecordVulnerabilityScreening', { screeningId: 's-1', needId: 'n-1', area: 'trafficking', urgency: 'urgent', details: 'recruited by a smuggler in Agadez' });
    const file = fileOf(awa);
    const { sensitive, ...rest } = file;
    expect(JSON.stringify(rest)).not.toMatch(/insulin|persecution|Agadez|health_and_wellbeing|sexual_orientation|trafficking|protection/);
    expect(rest.individualFactors.current.map((f) => f.factor)).toEqual(['skills_and_knowledge']);
    // That an urgent need exists and how urgent, for whoever is on duty; neither its kind nor the screening it points to.
    expect(rest.urgentNeeds).toEqual([{ needId: 'n-1', urgency: 'urgent', identifiedAt: expect.any(String), status: 'open' }]);
    expect(sensitive.urgentNeeds).toEqual([{ needId: 'n-1', screeningId: 's-1', serviceNeeded: 'protection' }]);
    expect(sensitive.individualFactors.current.map((f) => f.factor)).toEqual(['health_and_wellbeing', 'sexual_orientation']);
    expect(sensitive.screenings).toEqual([expect.objectContaining({ screeningId: 's-1', area: 'trafficking', urgency: 'urgent', details: 'recruited by a smuggler in Agadez' })]);
  });

  it('leaves an unaccompanied child screening outside `sensitive`', () => {
    const child = CaseScenario.registered({ dateOfBirth: '2012-05-05' });
    const file = fileOf(child);
    expect(file.screenings).toEqual([expect.objectContaining({ area: 'unaccompanied_or_separated_child', urgency: 'urgent', derived: true })]);
    expect(file.sensitive.screenings).toEqual([]);
    // The whole office acts on a child without an adult: the kind of need is not withheld.
    expect(file.urgentNeeds).toEqual([expect.objectContaining({ serviceNeeded: 'child_protection', screeningId: expect.any(String), status: 'open' })]);
    expect(file.sensitive.urgentNeeds).toEqual([]);
  });

  it('keeps every change of a factor in its history, by whom, and the latest as current', () => {
    const awa = CaseScenario.registered();
    awa.giveAssistanceConsent();
    awa.run('AssessIndividualFactor', { factor: 'disability', assessment: 'neutral', note: 'none known' }, { userId: 'cm-7' });
    awa.run('AssessIndividualFactor', { factor: 'disability', assessment: 'vulnerability', note: 'hearing loss found' }, { userId: 'cm-9', now: '2026-11-23T10:00:00.000Z' });
    const { current, history } = fileOf(awa).sensitive.individualFactors;
    expect(current).toEqual([expect.objectContaining({ factor: 'disability', assessment: 'vulnerability', assessedBy: 'cm-9', assessedAt: '2026-11-23T10:00:00.000Z' })]);
    expect(history.map((h) => [h.assessment, h.assessedBy])).toEqual([['neutral', 'cm-7'], ['vulnerability', 'cm-9']]);
  });

  it('applies the same factor event once, even if it arrives again', () => {
    const awa = CaseScenario.registered();
    awa.giveAssistanceConsent();
    const [assessed] = awa.run('AssessIndividualFactor', { factor: 'motivations', assessment: 'capacity', note: 'wants to open a shop' });
    const file = fileOf(awa);
    const again = applyEvent(caseFileProjection, file, { ...assessed, globalPosition: assessed.globalPosition + 100 })!;
    expect(again.individualFactors.history).toHaveLength(1);
  });

  it('moves the case to the origin office on transfer, without a case manager until one is assigned; the handover note is sensitive', () => {
    const awa = CaseScenario.registered();
    awa.run('RecordArrival', { arrivalDate: '2026-11-20' });
    awa.run('TransferCase', { handoverNote: 'Prefers morning calls' });
    const transferred = fileOf(awa);
    expect(transferred.case).toEqual({
      hostCountry: 'MA',
      countryOfOrigin: 'SN',
      office: 'SN',
      status: 'open',
      plannedReturnDate: '2026-12-15',
      openedAt: expect.any(String),
      arrivalDate: '2026-11-20',
      transfer: { fromCountry: 'MA', toCountry: 'SN', fromCaseManagerId: 'cm-7', transferredAt: expect.any(String) },
    });
    expect(transferred.sensitive.handoverNote).toBe('Prefers morning calls');
    awa.run('AssignCase', { caseManagerId: 'cm-dakar' }, { userId: 'sup-dakar', role: 'supervisor' });
    expect(fileOf(awa).case).toMatchObject({ office: 'SN', caseManagerId: 'cm-dakar' });
  });

  it('keeps free text under `sensitive`: handover, step notes, closing summary, return circumstances, override and correction reasons, factor notes; the plan design stays open', () => {
    const awa = CaseScenario.registered({ likelyDuplicates: ['c-other'], duplicateOverride: { reason: 'another woman, she fled her husband' } });
    awa.giveAssistanceConsent();
    awa.run('RecordReturnCircumstances', { timeAbroadMonths: 20, returnType: 'forced', detained: false, preparedness: 'unprepared', documentsHeld: [], notes: 'deported after a raid' });
    awa.run('AssessIndividualFactor', { factor: 'family_situation', assessment: 'vulnerability', note: 'husband threatens her' });
    awa.run('CorrectIdentity', { lastName: 'Sow', reason: 'uses her maiden name to hide', derivedIds: { screeningId: 's-c', needId: 'n-c' } });
    awa.run('ScheduleSession', { sessionId: 'x-1', phase: 'pre_departure', scheduledFor: '2026-11-23' });
    awa.run('StartSession', { sessionId: 'x-1' });
    awa.run('RecordSessionStep', { sessionId: 'x-1', details: { step: 'preparation', hostCountryInformationReviewed: true, privatePlace: true, recordsSecured: true, interpreter: { present: false } } });
    awa.run('RecordSessionStep', { sessionId: 'x-1', details: { step: 'trust', notes: 'cried about her son' } });
    awa.run('RecordSessionStep', { sessionId: 'x-1', details: { step: 'process_and_consent', processExplained: true, rightToRefuseExplained: true, notes: 'scared of the police' } });
    awa.run('RecordSessionStep', { sessionId: 'x-1', details: { step: 'vulnerabilities', screened: true } });
    awa.run('RecordSessionStep', { sessionId: 'x-1', details: { step: 'plan_design', goals: ['Reopen the tailoring shop'], strengths: ['Sewing'], lifePlan: 'Live near her mother' } });
    awa.run('RecordSessionStep', { sessionId: 'x-1', details: { step: 'closing', summary: 'debts to the smuggler discussed' } });
    awa.run('TransferCase', { handoverNote: 'her brother must not know where she lives' });
    const { sensitive, ...rest } = fileOf(awa);
    expect(JSON.stringify(rest)).not.toMatch(/husband|raid|hide|cried|police|smuggler|brother/);
    expect(JSON.stringify(sensitive)).toMatch(/husband[^]*raid|raid[^]*husband/);
    expect(sensitive).toMatchObject({
      handoverNote: 'her brother must not know where she lives',
      returnCircumstancesNotes: 'deported after a raid',
      duplicateOverrideReason: 'another woman, she fled her husband',
      correctionReasons: [{ correctedAt: expect.any(String), reason: 'uses her maiden name to hide' }],
      factorNotes: [{ eventId: expect.any(String), note: 'husband threatens her' }],
    });
    expect(sensitive.sessionSteps.map((s) => s.details.step)).toEqual(['trust', 'process_and_consent', 'vulnerabilities', 'closing']);
    // The vulnerabilities step shows only that it took place: all it says is sensitive.
    const steps = rest.sessions[0].steps.map((s) => s.details ?? { step: s.step });
    expect(steps).toEqual([
      { step: 'preparation', hostCountryInformationReviewed: true, privatePlace: true, recordsSecured: true, interpreter: { present: false } },
      { step: 'trust' },
      { step: 'process_and_consent', processExplained: true, rightToRefuseExplained: true },
      { step: 'vulnerabilities' },
      { step: 'plan_design', goals: ['Reopen the tailoring shop'], strengths: ['Sewing'], lifePlan: 'Live near her mother' },
      { step: 'closing' },
    ]);
    expect(rest.individualFactors.current).toEqual([expect.not.objectContaining({ note: expect.anything() })]);
  });

  it('follows a session through its steps and its continuation in a later one', () => {
    const awa = CaseScenario.registered();
    awa.run('ScheduleSession', { sessionId: 'x-1', phase: 'pre_departure', scheduledFor: '2026-11-23' });
    awa.run('StartSession', { sessionId: 'x-1' });
    awa.run('RecordSessionStep', { sessionId: 'x-1', details: { step: 'trust', notes: 'talked about her village' } });
    awa.run('ContinueSessionLater', { sessionId: 'x-1', nextSessionId: 'x-2', scheduledFor: '2026-11-30' });
    const [first, second] = fileOf(awa).sessions;
    expect(first).toMatchObject({ status: 'ended', outcome: 'continued_later', continuedInSessionId: 'x-2', startedAt: expect.any(String) });
    expect(first.steps.map((s) => s.details)).toEqual([{ step: 'trust' }]);
    expect(second).toMatchObject({ sessionId: 'x-2', status: 'scheduled', scheduledFor: '2026-11-30', continuesSessionId: 'x-1', steps: [] });
  });

  it('keeps what was said at the vulnerabilities step under `sensitive`; the session shows only that it was recorded, and when', () => {
    const awa = CaseScenario.registered();
    awa.run('ScheduleSession', { sessionId: 'x-1', phase: 'pre_departure', scheduledFor: '2026-11-23' });
    awa.run('StartSession', { sessionId: 'x-1' });
    awa.giveAssistanceConsent();
    const [recorded] = awa.run('RecordSessionStep', { sessionId: 'x-1', details: { step: 'vulnerabilities', screened: true, notes: 'beaten in detention in Tripoli' } });
    const { sensitive, ...rest } = fileOf(awa);
    expect(JSON.stringify(rest)).not.toMatch(/Tripoli/);
    expect(rest.sessions[0].steps).toEqual([{ eventId: recorded.eventId, recordedAt: recorded.data.recordedAt, step: 'vulnerabilities' }]);
    expect(sensitive.sessionSteps).toEqual([
      { sessionId: 'x-1', eventId: recorded.eventId, recordedAt: recorded.data.recordedAt, details: { step: 'vulnerabilities', screened: true, notes: 'beaten in detention in Tripoli' } },
    ]);
    const again = applyEvent(caseFileProjection, fileOf(awa), recorded)!;
    expect(again.sensitive.sessionSteps).toHaveLength(1);
  });

  it('keeps the consents as the register does and refuses the case when assistance is withdrawn', () => {
    const awa = CaseScenario.registered();
    awa.giveAssistanceConsent('k-1');
    awa.run('WithdrawConsent', { consentId: 'k-1', withdrawnOn: '2026-11-23' });
    const file = fileOf(awa);
    expect(file.consents).toEqual([expect.objectContaining({ consentId: 'k-1', status: 'withdrawn', withdrawnOn: '2026-11-23' })]);
    expect(file.case.status).toBe('assistance_refused');
  });

  it('marks an urgent need addressed and records disclosures with their consents', () => {
    const awa = CaseScenario.registered();
    awa.run('RecordVulnerabilityScreening', { screeningId: 's-1', needId: 'n-1', area: 'physical_health', urgency: 'life_threatening' });
    awa.run('MarkUrgentNeedAddressed', { needId: 'n-1', note: 'admitted to hospital' });
    awa.run('GiveConsent', { consentId: 'k-2', purpose: 'data_sharing', recipient: { recipientId: 'p-1', name: 'Clinic' }, dataCategories: ['contact'], decidedOn: '2026-11-23', formVersion: 'v3', language: 'fr' });
    awa.run('ShareCaseData', { recipientId: 'p-1', purpose: 'data_sharing', dataCategories: ['contact'] });
    const file = fileOf(awa);
    expect(file.urgentNeeds).toEqual([expect.objectContaining({ needId: 'n-1', status: 'addressed' })]);
    expect(file.sensitive.urgentNeeds).toEqual([{ needId: 'n-1', screeningId: 's-1', serviceNeeded: 'medical' }]);
    // How a need was met tells what the finding was: only under `sensitive`.
    expect(JSON.stringify({ ...file, sensitive: undefined })).not.toMatch(/hospital/);
    expect(file.sensitive.urgentNeedNotes).toEqual([{ needId: 'n-1', note: 'admitted to hospital' }]);
    expect(file.disclosures).toEqual([expect.objectContaining({ recipientId: 'p-1', consentIds: ['k-2'], dataCategories: ['contact'] })]);
  });
});
