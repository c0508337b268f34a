import { assistanceStatus, type ConsentRecord } from '@homeward/domain';
import { ERASED, officeOf } from '@homeward/contracts/intake';
import type { Projection } from '@homeward/events';
import type { CaseStatus } from '../case-file/case-file.document';
import { withConsentEvent } from '../case-file/consent-records';
import { caseIdOf, correctedNames, displayName, overErasedParts, type CaseEventOf, type CaseFact, type Names } from '../case-file/recorded-case-event';
import { evolveTimeline, sessionDates, type SessionTimeline } from '../case-file/session-timeline';

export const CASELOAD = 'caseload';

/** One line of a case manager's caseload. */
export interface CaseloadEntry {
  caseId: string;
  returneeId: string;
  returneeName: string;
  /** Absent while the case waits in its office's incoming list. */
  caseManagerId?: string;
  /** Transferred and not yet assigned: what the incoming list shows. */
  awaitingAssignment: boolean;
  transferredAt?: string;
  office: string;
  status: CaseStatus;
  openedAt: string;
  arrivalDate?: string;
  openUrgentNeeds: number;
  lastSessionDate?: string;
  nextSessionDate?: string;
  /** What the counts, dates and status are derived from; not shown. */
  basis: { openUrgentNeedIds: string[]; sessions: SessionTimeline[]; consents: ConsentRecord[]; names?: Names };
}

const HANDLES = [
  'intake.ReturneeRegistered',
  'intake.IdentityCorrected',
  'intake.CaseOpened',
  'intake.ReturneeArrived',
  'intake.CaseTransferred',
  'intake.CaseAssigned',
  'intake.CounsellingSessionScheduled',
  'intake.CounsellingSessionStarted',
  'intake.CounsellingSessionPaused',
  'intake.CounsellingSessionResumed',
  'intake.CounsellingSessionEnded',
  'intake.UrgentNeedIdentified',
  'intake.UrgentNeedAddressed',
  'intake.ConsentGiven',
  'intake.ConsentRefused',
  'intake.ConsentWithdrawn',
  'intake.ReturneeErased',
] as const;
type CaseloadFact = CaseFact<(typeof HANDLES)[number]>;

export const caseloadProjection: Projection<CaseloadEntry, CaseEventOf<(typeof HANDLES)[number]>> = {
  name: 'intake.caseload',
  collection: CASELOAD,
  // An office's cases and a case manager's own, newest first; the incoming list, longest waiting first;
  // the same without an office for callers whose scope is every country.
  indexes: [
    { fields: ['office', 'openedAt'] },
    { fields: ['caseManagerId', 'office', 'openedAt'] },
    { fields: ['caseManagerId', 'openedAt'] },
    { fields: ['openedAt'] },
    { fields: ['awaitingAssignment', 'office', 'transferredAt'] },
    { fields: ['awaitingAssignment', 'transferredAt'] },
  ],
  handles: HANDLES,
  documentId: caseIdOf,
  evolve: overErasedParts(evolveCaseload),
};

function evolveCaseload(entry: CaseloadEntry | null, fact: CaseloadFact): CaseloadEntry | null {
  if (fact.type === 'intake.ReturneeRegistered') {
    const { caseId, returneeId, personal } = fact.data;
    const basis = { openUrgentNeedIds: [], sessions: [], consents: [], names: { firstName: personal.firstName, lastName: personal.lastName } };
    return entry ?? { caseId, returneeId, returneeName: displayName(personal), awaitingAssignment: false, office: '', status: 'open', openedAt: '', openUrgentNeeds: 0, basis };
  }
  if (!entry) return null;
  switch (fact.type) {
    case 'intake.CaseOpened':
      return { ...entry, caseManagerId: fact.data.caseManagerId, office: officeOf(fact.data), openedAt: fact.data.openedAt };
    case 'intake.ReturneeArrived': {
      const { lastSessionDate, nextSessionDate, ...rest } = entry;
      return { ...rest, arrivalDate: fact.data.arrivalDate, ...sessionDates(entry.basis.sessions, true) };
    }
    case 'intake.IdentityCorrected': {
      if (!entry.basis.names) return entry;
      const names = correctedNames(entry.basis.names, fact.data.personal);
      return { ...entry, returneeName: displayName(names), basis: { ...entry.basis, names } };
    }
    case 'intake.CaseTransferred': {
      const { caseManagerId, ...rest } = entry;
      return { ...rest, office: fact.data.toCountry, awaitingAssignment: true, transferredAt: fact.data.transferredAt };
    }
    case 'intake.CaseAssigned':
      return { ...entry, caseManagerId: fact.data.caseManagerId, awaitingAssignment: false };
    case 'intake.ReturneeErased': {
      const { names, ...basis } = entry.basis;
      return { ...entry, returneeName: ERASED, basis };
    }
    case 'intake.UrgentNeedIdentified':
    case 'intake.UrgentNeedAddressed': {
      const others = entry.basis.openUrgentNeedIds.filter((id) => id !== fact.data.needId);
      const open = fact.type === 'intake.UrgentNeedIdentified' ? [...others, fact.data.needId] : others;
      return { ...entry, openUrgentNeeds: open.length, basis: { ...entry.basis, openUrgentNeedIds: open } };
    }
    case 'intake.ConsentGiven':
    case 'intake.ConsentRefused':
    case 'intake.ConsentWithdrawn': {
      const consents = withConsentEvent(entry.basis.consents, fact);
      const status = fact.data.purpose === 'assistance' ? assistanceStatus(consents) : entry.status;
      return { ...entry, status, basis: { ...entry.basis, consents } };
    }
    default: {
      const sessions = evolveTimeline(entry.basis.sessions, fact, (s) => s);
      const { lastSessionDate, nextSessionDate, ...rest } = entry;
      return { ...rest, ...sessionDates(sessions, Boolean(entry.arrivalDate)), basis: { ...entry.basis, sessions } };
    }
  }
}
