import { officeOf, type IntakeTopicEvent } from '@homeward/contracts/intake';
import type { Projection } from '@homeward/events';

/** The office holding a case now, as intake's topic tells it: whose supervisor hears of an urgent referral left unacknowledged. */
export interface CaseOffice {
  caseId: string;
  office: string;
}

export const CASE_OFFICES = 'case_offices';

type HoldingFact = Extract<IntakeTopicEvent, { type: 'intake.CaseOpened' | 'intake.CaseTransferred' }>;

export const caseOfficesProjection: Projection<CaseOffice, HoldingFact> = {
  name: 'referrals.case-offices',
  collection: CASE_OFFICES,
  // Read by case id alone, the document's own key.
  indexes: [],
  handles: ['intake.CaseOpened', 'intake.CaseTransferred'],
  documentId: (event) => event.data.caseId,
  evolve: (_doc, event) => ({ caseId: event.data.caseId, office: event.type === 'intake.CaseOpened' ? officeOf(event.data) : event.data.toCountry }),
};
