import { assistanceStatus, registerConsent, type ConsentRecord } from '@homeward/domain';
import { afterErasure, officeOf, type IntakeTopicEvent } from '@homeward/contracts/intake';
import type { Projection } from '@homeward/events';

/**
 * Monitoring's list of cases: who holds each and whether it is assisted, following intake's
 * events. No returnee id, and of the returnee only her name, which intake shares with the
 * organisation's services while she consents to assistance: the one field of her details this list
 * keeps (the query shows it to those who follow her case).
 */
export interface CaseListItem {
  caseId: string;
  hostCountry: string;
  countryOfOrigin: string;
  /** The office holding the case, after any transfer. */
  office: string;
  /** Absent while a transferred case waits for a case manager in the receiving office. */
  caseManagerId?: string;
  plannedReturnDate: string;
  openedAt: string;
  status: 'open' | 'assistance_refused';
  /** Set once the returnee's personal data is erased in intake. */
  erasedAt?: string;
  /** Present while she consents to assistance and for those who follow the case (ListCasesHandler). */
  returnee?: { firstName: string; lastName: string };
}

/** As stored: the countries the scope filter reads, and the assistance consents the status comes from. */
export type CaseListDocument = CaseListItem & { countries: string[]; basis: { assistanceConsents: ConsentRecord[] } };

export const CASE_LIST = 'case_list';

const HANDLES = [
  'intake.CaseOpened',
  'intake.CaseTransferred',
  'intake.CaseAssigned',
  'intake.ConsentGiven',
  'intake.ConsentRefused',
  'intake.ConsentWithdrawn',
  'intake.ReturneeDetailsShared',
  'intake.ReturneeErased',
] as const;
type ListedFact = Extract<IntakeTopicEvent, { type: (typeof HANDLES)[number] }>;

export const caseListProjection: Projection<CaseListDocument, ListedFact> = {
  name: 'monitoring.case-list',
  collection: CASE_LIST,
  // A case is in both countries it crosses: the list narrows to one country's cases, newest first among those.
  // Its total is counted per country field (see ListCasesHandler), each from a B-tree index alone.
  indexes: [{ fields: ['countries'], multiValued: true }, { fields: ['openedAt'] }, { fields: ['hostCountry', 'countryOfOrigin'] }, { fields: ['countryOfOrigin'] }],
  handles: HANDLES,
  documentId: (event) => event.data.caseId,
  evolve: evolveCaseList,
};

function evolveCaseList(doc: CaseListDocument | null, fact: ListedFact): CaseListDocument | null {
  if (fact.type === 'intake.CaseOpened') {
    // Fields are picked one by one: a later version of the event must not reach this list unreviewed.
    const { caseId, hostCountry, countryOfOrigin, plannedReturnDate, caseManagerId, openedAt } = fact.data;
    const opened = { caseId, hostCountry, countryOfOrigin, office: officeOf(fact.data), caseManagerId, plannedReturnDate, openedAt };
    return { status: 'open', basis: { assistanceConsents: [] }, ...doc, ...opened, countries: [hostCountry, countryOfOrigin] };
  }
  if (!doc) return null;
  switch (fact.type) {
    case 'intake.CaseTransferred': {
      const { caseManagerId, ...rest } = doc;
      return { ...rest, office: fact.data.toCountry };
    }
    case 'intake.CaseAssigned':
      return { ...doc, caseManagerId: fact.data.caseManagerId };
    case 'intake.ConsentGiven':
    case 'intake.ConsentRefused':
    case 'intake.ConsentWithdrawn': {
      if (fact.data.purpose !== 'assistance') return doc;
      const assistanceConsents = registerConsent(doc.basis.assistanceConsents, fact);
      const status = assistanceStatus(assistanceConsents);
      const listed = { ...doc, status, basis: { assistanceConsents } };
      // Her name was shared under consent to assistance: once it is refused or withdrawn, the list forgets it (a new consent shares it again).
      return status === 'open' ? listed : withoutReturnee(listed);
    }
    case 'intake.ReturneeDetailsShared': {
      // Only what the list shows is kept; a part this service cannot open (no key) leaves no name behind.
      const details = afterErasure(fact)?.data.personal;
      return details ? { ...doc, returnee: { firstName: details.firstName, lastName: details.lastName } } : withoutReturnee(doc);
    }
    case 'intake.ReturneeErased':
      return { ...withoutReturnee(doc), erasedAt: fact.data.erasedAt };
  }
}

function withoutReturnee(doc: CaseListDocument): CaseListDocument {
  const { returnee: _forgotten, ...rest } = doc;
  return rest;
}
