import { decideCase, evolveCase, initialCaseState, type CaseCommand } from '@homeward/domain';
import { CASE_EVENT_TYPES, type CaseEvent, intakeContract } from '@homeward/contracts/intake';
import { catalogueOf } from '@homeward/events';
import { asAppended, catalogueRefusals, withoutPersonal } from '@homeward/events/testing';

type FormData = { [C in CaseCommand as C['type']]: Omit<C['data'], 'caseId'> };

/** Completes a command for a case, at a given instant, by the case manager who registered it. */
const on =
  (caseId: string) =>
  <T extends CaseCommand['type']>(now: string, type: T, data: FormData[T]): CaseCommand =>
    ({ type, data: { ...data, caseId }, metadata: { now, today: now.slice(0, 10), userId: 'cm-ma-1', role: 'supervisor' } }) as CaseCommand;

/** Decides each command against the state the previous events left: what the service appends, in order. */
function play(commands: CaseCommand[]): CaseEvent[] {
  let state = initialCaseState();
  const history: CaseEvent[] = [];
  for (const command of commands) {
    const events = decideCase(command, state);
    state = events.reduce(evolveCase, state);
    history.push(...events);
  }
  return history;
}

const awa = on('case-awa');
const adultWithFamily = play([
  awa('2026-11-02T09:00:00.000Z', 'RegisterReturnee', {
    returneeId: 'r-awa', firstName: 'Awa', lastName: 'Diallo', dateOfBirth: '1994-03-02', sex: 'female', gender: 'woman',
    nationality: 'SN', languages: ['fr', 'wo'], interpreterNeeded: true, phone: '+221770000000', email: 'awa@example.org', address: 'Médina, Dakar',
    familyMembers: [
      { memberId: 'm-1', relationship: 'child', firstName: 'Moussa', lastName: 'Diallo', dateOfBirth: '2019-06-01', sex: 'male' },
      { memberId: 'm-2', relationship: 'spouse', firstName: 'Ibrahima', lastName: 'Sow', dateOfBirth: '1990-01-15', sex: 'male' },
    ],
    hostCountry: 'MA', countryOfOrigin: 'SN', plannedReturnDate: '2026-12-15', office: 'MA',
    likelyDuplicates: ['case-other-awa'], duplicateOverride: { reason: 'Another person: passport and father name differ' },
  }),
  awa('2026-11-02T09:30:00.000Z', 'GiveConsent', {
    consentId: 'con-assist', purpose: 'assistance', decidedOn: '2026-11-02', formVersion: 'v3', language: 'fr',
    witness: { role: 'interpreter', name: 'Fatou Ndiaye' }, dataCategories: ['identity', 'contact', 'vulnerabilities', 'plan'],
  }),
  awa('2026-11-02T09:35:00.000Z', 'GiveConsent', {
    consentId: 'con-share', purpose: 'data_sharing', recipient: { recipientId: 'prov-clinic', name: 'Clinique Espoir' }, decidedOn: '2026-11-02', formVersion: 'v3', language: 'fr', dataCategories: ['identity', 'health'],
  }),
  awa('2026-11-02T09:40:00.000Z', 'RefuseConsent', { consentId: 'con-me', purpose: 'me_use', decidedOn: '2026-11-02', formVersion: 'v3', language: 'fr' }),
  awa('2026-11-02T09:45:00.000Z', 'ScheduleSession', { sessionId: 's-1', phase: 'pre_departure', scheduledFor: '2026-11-03T10:00:00.000Z' }),
  awa('2026-11-03T10:00:00.000Z', 'StartSession', { sessionId: 's-1' }),
  awa('2026-11-03T10:05:00.000Z', 'RecordSessionStep', {
    sessionId: 's-1',
    details: { step: 'preparation', hostCountryInformationReviewed: true, privatePlace: true, recordsSecured: true, interpreter: { present: true, boundToConfidentiality: true, language: 'wo' } },
  }),
  awa('2026-11-03T10:15:00.000Z', 'RecordSessionStep', { sessionId: 's-1', details: { step: 'trust', notes: 'Spoke about her family first' } }),
  awa('2026-11-03T10:20:00.000Z', 'PauseSession', { sessionId: 's-1', reason: 'Needed a moment' }),
  awa('2026-11-03T10:30:00.000Z', 'ResumeSession', { sessionId: 's-1' }),
  awa('2026-11-03T10:35:00.000Z', 'RecordSessionStep', { sessionId: 's-1', details: { step: 'process_and_consent', processExplained: true, rightToRefuseExplained: true } }),
  awa('2026-11-03T10:45:00.000Z', 'RecordSessionStep', { sessionId: 's-1', details: { step: 'vulnerabilities', screened: true, notes: 'Chest pain since detention' } }),
  awa('2026-11-03T11:00:00.000Z', 'RecordSessionStep', {
    sessionId: 's-1',
    details: { step: 'plan_design', goals: ['Open a tailoring shop'], strengths: ['Sewing', 'Speaks three languages'], lifePlan: 'Work from home near her mother' },
  }),
  awa('2026-11-03T11:20:00.000Z', 'RecordSessionStep', { sessionId: 's-1', details: { step: 'closing', summary: 'Plan drafted', nextSessionDate: '2026-11-20' } }),
  awa('2026-11-04T09:00:00.000Z', 'RecordReturnCircumstances', {
    timeAbroadMonths: 30, returnType: 'forced', detained: true, detentionDays: 12, preparedness: 'partly_prepared', documentsHeld: ['passport', 'birth_certificate'], notes: 'Lost her diplomas',
  }),
  awa('2026-11-04T09:10:00.000Z', 'AssessIndividualFactor', { factor: 'skills_and_knowledge', assessment: 'capacity', note: 'Ten years of tailoring' }),
  awa('2026-11-04T09:20:00.000Z', 'RecordVulnerabilityScreening', { screeningId: 'scr-1', needId: 'need-1', area: 'physical_health', urgency: 'life_threatening', details: 'Chest pain' }),
  awa('2026-11-04T09:25:00.000Z', 'RecordVulnerabilityScreening', { screeningId: 'scr-2', needId: 'need-2', area: 'mental_health', urgency: 'routine' }),
  awa('2026-11-05T15:00:00.000Z', 'MarkUrgentNeedAddressed', { needId: 'need-1', note: 'Seen at the clinic' }),
  awa('2026-11-06T09:00:00.000Z', 'AddFamilyMember', {
    member: { memberId: 'm-3', relationship: 'sibling', firstName: 'Khady', lastName: 'Diallo', dateOfBirth: '1990-02-02', sex: 'female' },
  }),
  awa('2026-11-07T09:00:00.000Z', 'RemoveFamilyMember', { memberId: 'm-3', reason: 'Stays in Rabat', derivedIds: { screeningId: 'scr-x', needId: 'need-x' } }),
  awa('2026-11-10T18:00:00.000Z', 'RecordArrival', { arrivalDate: '2026-11-10' }),
  awa('2026-11-10T18:30:00.000Z', 'CorrectIdentity', { firstName: 'Aoua', dateOfBirth: '1994-03-03', sex: 'female', reason: 'As on the passport',
    likelyDuplicates: ['case-other-aoua'], duplicateOverride: { reason: 'Another person: checked her passport number' }, derivedIds: { screeningId: 'scr-y', needId: 'need-y' } }),
  awa('2026-11-10T19:00:00.000Z', 'ChangeContactDetails', { phone: '+221 77 000 00 00', address: 'Thiès' }),
  awa('2026-11-11T09:00:00.000Z', 'TransferCase', { handoverNote: 'Clinic follow-up pending' }),
  awa('2026-11-11T10:00:00.000Z', 'AssignCase', { caseManagerId: 'cm-sn-1' }),
  awa('2026-11-12T09:00:00.000Z', 'ScheduleSession', { sessionId: 's-2', phase: 'post_arrival', scheduledFor: '2026-11-13T10:00:00.000Z' }),
  awa('2026-11-13T10:00:00.000Z', 'StartSession', { sessionId: 's-2' }),
  awa('2026-11-13T10:05:00.000Z', 'RecordSessionStep', {
    sessionId: 's-2',
    details: { step: 'preparation', hostCountryInformationReviewed: false, privatePlace: true, recordsSecured: true, interpreter: { present: false } },
  }),
  awa('2026-11-13T11:00:00.000Z', 'ContinueSessionLater', { sessionId: 's-2', nextSessionId: 's-3', scheduledFor: '2026-11-16T10:00:00.000Z' }),
  awa('2026-11-16T10:00:00.000Z', 'StartSession', { sessionId: 's-3' }),
  awa('2026-11-16T10:05:00.000Z', 'RecordSessionStep', { sessionId: 's-3', details: { step: 'trust' } }),
  awa('2026-11-16T10:10:00.000Z', 'RecordSessionStep', { sessionId: 's-3', details: { step: 'process_and_consent', processExplained: true, rightToRefuseExplained: true } }),
  awa('2026-11-16T10:20:00.000Z', 'RecordSessionStep', { sessionId: 's-3', details: { step: 'vulnerabilities', screened: true } }),
  awa('2026-11-16T10:30:00.000Z', 'RecordSessionStep', {
    sessionId: 's-3',
    details: { step: 'plan_design', goals: ['Open a tailoring shop in Thiès'], strengths: ['Sewing'], lifePlan: 'Moved closer to her sister', preDeparturePlanReview: { outcome: 'revised', notes: 'Town changed' } },
  }),
  awa('2026-11-16T11:00:00.000Z', 'RecordSessionStep', { sessionId: 's-3', details: { step: 'closing', summary: 'Plan revised after arrival' } }),
  awa('2026-11-17T09:00:00.000Z', 'ShareCaseData', { recipientId: 'prov-clinic', purpose: 'data_sharing', dataCategories: ['identity', 'health'] }),
  awa('2026-11-18T09:00:00.000Z', 'WithdrawConsent', { consentId: 'con-share', withdrawnOn: '2026-11-18', reason: 'Does not want the clinic to call' }),
  awa('2026-11-19T09:00:00.000Z', 'EraseReturnee', { reason: 'data_subject_request' }),
]);

const minorAlone = play([
  on('case-moussa')('2026-11-02T10:00:00.000Z', 'RegisterReturnee', {
    returneeId: 'r-moussa', firstName: 'Moussa', lastName: 'Ba', dateOfBirth: '2011-05-05', sex: 'male', nationality: 'GN', languages: ['fr'],
    hostCountry: 'MA', countryOfOrigin: 'GN', plannedReturnDate: '2026-12-01', office: 'MA', derivedIds: { screeningId: 'scr-derived', needId: 'need-derived' },
  }),
]);

const produced = [...adultWithFamily, ...minorAlone];


const catalogue = catalogueOf([intakeContract]);

const refusals = (events: { type: string; data: object }[]) => catalogueRefusals(catalogue, events, 'MA');

describe('The event catalogue describes every event intake emits', () => {
  it('accepts every event a realistic case produces, as the service appends it', () => {
    expect(refusals(produced)).toEqual([]);
  });

  it('accepts every one of them without its personal part, as a consumer imports it', () => {
    expect(produced.some((e) => 'personal' in e.data)).toBe(true);
    expect(refusals(produced.map(withoutPersonal))).toEqual([]);
  });

  it('has a schema for each intake event type the domain emits, and no schema for a type it never emits', () => {
    const catalogued = catalogue.definitions.filter((d) => d.context === 'intake').map((d) => d.type);
    const emitted = [...new Set(produced.map((e) => e.type))];
    expect(emitted.sort()).toEqual([...CASE_EVENT_TYPES].sort());
    expect(catalogued.sort()).toEqual(emitted.sort());
  });
});

/** The first produced event of a type, changed by `change` (on a deep copy). */
function altered(type: string, change: (data: Record<string, any>) => void) {
  const event = produced.find((e) => e.type === type);
  if (!event) throw new Error(`the scenario produced no ${type}`);
  const data = structuredClone(event.data) as Record<string, any>;
  change(data);
  return { type, data };
}

describe('The event catalogue refuses what no published event may carry', () => {
  it.each([
    ['an unknown property', altered('intake.ReturneeArrived', (d) => (d.note = 'landed tired'))],
    ['a value outside a closed list', altered('intake.VulnerabilityScreened', (d) => (d.urgency = 'critical'))],
    ['an extra field in personal', altered('intake.ReturneeRegistered', (d) => (d.personal.nickname = 'Awi'))],
    ['an extra field on a family member', altered('intake.ReturneeRegistered', (d) => (d.personal.familyMembers[0].school = 'Médina'))],
    ['step details that belong to another step', altered('intake.CounsellingStepRecorded', (d) => (d.personal.summary = 'Plan drafted'))],
    ['details of a step other than the one named', altered('intake.CounsellingStepRecorded', (d) => (d.step = 'trust'))],
    ['a routine need raised as urgent', altered('intake.UrgentNeedIdentified', (d) => (d.urgency = 'routine'))],
    ['data sharing without a named recipient', altered('intake.ConsentWithdrawn', (d) => delete d.recipient)],
    ['a session continued later without the session it continues in', altered('intake.CounsellingSessionEnded', (d) => (d.outcome = 'continued_later'))],
    ['an instant where a calendar day is expected', altered('intake.ReturneeArrived', (d) => (d.arrivalDate = '2026-11-10T18:00:00.000Z'))],
    ['a missing field the domain always sets', altered('intake.CaseTransferred', (d) => delete d.transferredAt)],
    ['a receiver named in a transfer, which v2 leaves to the receiving office', altered('intake.CaseTransferred', (d) => (d.toCaseManagerId = 'cm-sn-1'))],
    ['an id longer than 64 characters', altered('intake.PersonalDataShared', (d) => (d.consentIds = ['c'.repeat(65)]))],
  ])('refuses %s', (_what, event) => {
    expect(refusals([event])).toHaveLength(1);
  });
});

describe('Old schema versions are read in today\'s shape', () => {
  it('reads a v1 transfer, which named the receiver, as a v2 transfer to the office: the case waits in its incoming list', () => {
    const v1 = { caseId: 'case-awa', fromCountry: 'MA', toCountry: 'SN', fromCaseManagerId: 'cm-ma-1', toCaseManagerId: 'cm-sn-1', transferredAt: '2026-11-11T09:00:00.000Z' };
    expect(catalogue.validate({ ...asAppended({ type: 'intake.CaseTransferred', data: v1 }, 'MA'), schemaVersion: 1 })).toBe(1);
    const recorded = { ...asAppended({ type: 'intake.CaseTransferred', data: v1 }, 'MA'), schemaVersion: 1 } as unknown as Parameters<typeof catalogue.upcast>[0];
    const read = catalogue.upcast(recorded);
    expect(read.schemaVersion).toBe(2);
    expect(read.data).toEqual({ caseId: 'case-awa', fromCountry: 'MA', toCountry: 'SN', fromCaseManagerId: 'cm-ma-1', transferredAt: '2026-11-11T09:00:00.000Z' });
    const state = [...adultWithFamily.slice(0, 2), read as unknown as CaseEvent].reduce(evolveCase, initialCaseState());
    expect(state).toMatchObject({ office: 'SN' });
    expect(state).not.toHaveProperty('caseManagerId');
  });
});
