import { DETAILS_UNDER_ASSISTANCE_EVENTS, evolveDetailsUnderAssistance, noDetailsYet, type DetailsUnderAssistance, type DetailsUnderAssistanceFact } from '@homeward/domain';
import type { Projection } from '@homeward/events';

/**
 * What planning keeps of the returnee, for her copy of the plan: her name, and her languages (the
 * one she speaks best first) so the copy is written in hers. Her date of birth, gender, family and
 * her own contact details travel too but stay in the inbox, sealed: the copy needs none of them (the
 * contacts it gives are the providers', from the plan).
 */
export interface ReturneeForCopy {
  firstName: string;
  lastName: string;
  languages: string[];
}

/** As stored, one per case: her details while she consents to assistance, and the assistance consents that say whether she does. */
export interface ReturneeDetailsDocument extends DetailsUnderAssistance<ReturneeForCopy> {
  caseId: string;
}

export const RETURNEE_DETAILS = 'returnee_details';

export const returneeDetailsProjection: Projection<ReturneeDetailsDocument, DetailsUnderAssistanceFact> = {
  name: 'planning.returnee-details',
  collection: RETURNEE_DETAILS,
  // Read by case id alone, the document's own key (ReturneeDetailsReader): no query needs another index.
  indexes: [],
  handles: DETAILS_UNDER_ASSISTANCE_EVENTS,
  documentId: (event) => event.data.caseId,
  // Only what the copy uses is kept.
  evolve: (doc, fact) =>
    evolveDetailsUnderAssistance(doc ?? { caseId: fact.data.caseId, ...noDetailsYet() }, fact, ({ firstName, lastName, languages }) => ({ firstName, lastName, languages: [...languages] })),
};
