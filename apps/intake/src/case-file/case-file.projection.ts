import { assistanceStatus, exhaustive } from '@homeward/domain';
import { officeOf, type CaseEvent, type ReturneeRegistered } from '@homeward/contracts/intake';
import type { Projection } from '@homeward/events';
import { evolveAssessments } from './case-file.assessments';
import { CASE_FILE, type CaseFile } from './case-file.document';
import { evolveSessions } from './case-file.sessions';
import { withConsentEvent } from './consent-records';
import { CASE_EVENT_TYPES, caseIdOf, overErasedParts, type CaseFact } from './recorded-case-event';
import { erasedFile, noSensitiveParts } from './case-file.erasure';

/** The case file: every fact intake holds about a case, one document per case. */
export const caseFileProjection: Projection<CaseFile, CaseEvent> = {
  name: 'intake.case-file',
  collection: CASE_FILE,
  handles: CASE_EVENT_TYPES,
  documentId: caseIdOf,
  evolve: overErasedParts(evolveCaseFile),
};

export function evolveCaseFile(file: CaseFile | null, fact: CaseFact): CaseFile | null {
  if (fact.type === 'intake.ReturneeRegistered') return file ?? registered(fact.data);
  if (!file) return null;
  switch (fact.type) {
    case 'intake.CaseOpened': {
      const { hostCountry, countryOfOrigin, caseManagerId, plannedReturnDate, openedAt } = fact.data;
      return { ...file, case: { ...file.case, hostCountry, countryOfOrigin, office: officeOf(fact.data), caseManagerId, plannedReturnDate, openedAt } };
    }
    case 'intake.ReturneeArrived':
      return { ...file, case: { ...file.case, arrivalDate: fact.data.arrivalDate } };
    case 'intake.CaseTransferred': {
      const { fromCountry, toCountry, fromCaseManagerId, transferredAt, personal } = fact.data;
      const { caseManagerId, ...held } = file.case;
      const transfer = { fromCountry, toCountry, ...(fromCaseManagerId ? { fromCaseManagerId } : {}), transferredAt };
      const sensitive = personal ? { ...file.sensitive, handoverNote: personal.handoverNote } : file.sensitive;
      return { ...file, case: { ...held, office: toCountry, transfer }, sensitive };
    }
    case 'intake.CaseAssigned':
      return { ...file, case: { ...file.case, caseManagerId: fact.data.caseManagerId } };
    case 'intake.IdentityCorrected': {
      const { caseId, correctedAt, personal, ...publicPart } = fact.data;
      const { reason, ...personalPart } = personal;
      const corrected = { ...personalPart, ...publicPart };
      const corrections = file.returnee.corrections ?? [];
      if (corrections.some((c) => c.correctedAt === correctedAt)) return file;
      const correction = { correctedAt, correctedBy: fact.actor.userId, fields: Object.keys(corrected) };
      const correctionReasons = [...file.sensitive.correctionReasons, { correctedAt, reason }];
      return { ...file, returnee: { ...file.returnee, ...corrected, corrections: [...corrections, correction] }, sensitive: { ...file.sensitive, correctionReasons } };
    }
    case 'intake.ContactDetailsChanged':
      return { ...file, returnee: { ...file.returnee, contact: { ...fact.data.personal } } };
    case 'intake.FamilyMemberJoined': {
      const { member } = fact.data.personal;
      if (file.returnee.familyMembers.some((m) => m.memberId === member.memberId)) return file;
      return { ...file, returnee: { ...file.returnee, familyMembers: [...file.returnee.familyMembers, member] } };
    }
    case 'intake.FamilyMemberLeft':
      return { ...file, returnee: { ...file.returnee, familyMembers: file.returnee.familyMembers.filter((m) => m.memberId !== fact.data.memberId) } };
    case 'intake.ReturnCircumstancesRecorded': {
      const { caseId, personal, ...circumstances } = fact.data;
      const { returnCircumstancesNotes, ...sensitive } = file.sensitive;
      return { ...file, returnCircumstances: circumstances, sensitive: { ...sensitive, ...(personal?.notes ? { returnCircumstancesNotes: personal.notes } : {}) } };
    }
    case 'intake.CounsellingSessionScheduled':
    case 'intake.CounsellingSessionStarted':
    case 'intake.CounsellingStepRecorded':
    case 'intake.CounsellingSessionPaused':
    case 'intake.CounsellingSessionResumed':
    case 'intake.CounsellingSessionEnded':
      return evolveSessions(file, fact);
    case 'intake.IndividualFactorAssessed':
    case 'intake.VulnerabilityScreened':
    case 'intake.UrgentNeedIdentified':
    case 'intake.UrgentNeedAddressed':
      return evolveAssessments(file, fact);
    case 'intake.ConsentGiven':
    case 'intake.ConsentRefused':
    case 'intake.ConsentWithdrawn': {
      const consents = withConsentEvent(file.consents, fact);
      if (fact.data.purpose !== 'assistance') return { ...file, consents };
      return { ...file, consents, case: { ...file.case, status: assistanceStatus(consents) } };
    }
    case 'intake.PersonalDataShared': {
      if (file.disclosures.some((d) => d.eventId === fact.eventId)) return file;
      const { caseId, ...disclosure } = fact.data;
      return { ...file, disclosures: [...file.disclosures, { ...disclosure, eventId: fact.eventId }] };
    }
    case 'intake.ReturneeErased':
      return erasedFile(file, fact);
    case 'intake.ReturneeDetailsShared':
      // What the organisation's services were told is already in this file; that they were is in the history.
      return file;
    default:
      return exhaustive(fact);
  }
}

function registered(data: ReturneeRegistered['data']): CaseFile {
  const { firstName, lastName, dateOfBirth, gender, phone, email, address, familyMembers, duplicateOverrideReason } = data.personal;
  // How many, not which: the other cases may be in countries this file's readers do not cover (auditors have the history).
  const override = data.duplicateOverride ? { duplicateOverride: data.duplicateOverride } : {};
  return {
    caseId: data.caseId,
    returneeId: data.returneeId,
    returnee: {
      firstName,
      lastName,
      dateOfBirth,
      sex: data.sex,
      ...(gender ? { gender } : {}),
      nationality: data.nationality,
      languages: data.languages,
      ...(data.interpreterNeeded !== undefined ? { interpreterNeeded: data.interpreterNeeded } : {}),
      contact: { ...(phone ? { phone } : {}), ...(email ? { email } : {}), ...(address ? { address } : {}) },
      familyMembers: familyMembers ?? [],
      ...override,
    },
    // Filled by CaseOpened, the event that always follows registration.
    case: { hostCountry: '', countryOfOrigin: '', office: '', status: 'open', plannedReturnDate: '', openedAt: '' },
    sessions: [],
    individualFactors: { current: [], history: [] },
    screenings: [],
    urgentNeeds: [],
    consents: [],
    disclosures: [],
    sensitive: { ...noSensitiveParts(), ...(duplicateOverrideReason ? { duplicateOverrideReason } : {}) },
  };
}
