import { assistanceStatus, DETAILS_UNDER_ASSISTANCE_EVENTS, evolveDetailsUnderAssistance, type ConsentRecord } from '@homeward/domain';
import { officeOf, type IntakeTopicEvent } from '@homeward/contracts/intake';
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
  ...DETAILS_UNDER_ASSISTANCE_EVENTS,
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
    default: {
      // Only her name is kept (the one field the list shows), under the rule every service follows.
      const listed = evolveDetailsUnderAssistance(doc, fact, ({ firstName, lastName }) => ({ firstName, lastName }));
      // A case is open from its opening; only a decision on assistance itself changes that.
      const onAssistance = 'purpose' in fact.data && fact.data.purpose === 'assistance';
      return onAssistance ? { ...listed, status: assistanceStatus(listed.basis.assistanceConsents) } : listed;
    }
  }
}
