import { officeOf, type IntakeTopicEvent } from '@homeward/contracts/intake';
import type { Projection } from '@homeward/events';

/**
 * Who holds each case, as intake's topic says: the office holding it and its own case manager, and the
 * two countries it crosses. Referrals' writes about a case and its protected reads are judged on it.
 * Nothing of the returnee.
 */
export interface CaseHolder {
  caseId: string;
  hostCountry: string;
  countryOfOrigin: string;
  /** After any transfer. */
  office: string;
  /** Absent while a transferred case waits for a case manager of the receiving office. */
  caseManagerId?: string;
  erasedAt?: string;
}

export const CASE_HOLDERS = 'case_holders';

const HANDLES = ['intake.CaseOpened', 'intake.CaseTransferred', 'intake.CaseAssigned', 'intake.ReturneeErased'] as const;
type HolderFact = Extract<IntakeTopicEvent, { type: (typeof HANDLES)[number] }>;

export const caseHoldersProjection: Projection<CaseHolder, HolderFact> = {
  name: 'referrals.case-holders',
  collection: CASE_HOLDERS,
  // Read by case id alone.
  indexes: [],
  handles: HANDLES,
  documentId: (event) => event.data.caseId,
  evolve: (doc, fact) => {
    if (fact.type === 'intake.CaseOpened') {
      const { caseId, hostCountry, countryOfOrigin, caseManagerId } = fact.data;
      return { ...doc, caseId, hostCountry, countryOfOrigin, office: officeOf(fact.data), caseManagerId };
    }
    if (!doc) return null;
    switch (fact.type) {
      case 'intake.CaseTransferred': {
        const { caseManagerId: _left, ...held } = doc;
        return { ...held, office: fact.data.toCountry };
      }
      case 'intake.CaseAssigned':
        return { ...doc, office: fact.data.office, caseManagerId: fact.data.caseManagerId };
      case 'intake.ReturneeErased':
        return { ...doc, erasedAt: fact.data.erasedAt };
    }
  },
};
