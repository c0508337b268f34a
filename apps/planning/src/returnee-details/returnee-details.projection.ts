import { assistanceStatus, registerConsent, type ConsentRecord } from '@homeward/domain';
import { afterErasure, type IntakeTopicEvent } from '@homeward/contracts/intake';
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
export interface ReturneeDetailsDocument {
  caseId: string;
  returnee?: ReturneeForCopy;
  /** Set once intake erased her personal data: nothing of her is kept from then on. */
  erasedAt?: string;
  basis: { assistanceConsents: ConsentRecord[] };
}

export const RETURNEE_DETAILS = 'returnee_details';

const HANDLES = ['intake.ConsentGiven', 'intake.ConsentRefused', 'intake.ConsentWithdrawn', 'intake.ReturneeDetailsShared', 'intake.ReturneeErased'] as const;
type DetailsFact = Extract<IntakeTopicEvent, { type: (typeof HANDLES)[number] }>;

export const returneeDetailsProjection: Projection<ReturneeDetailsDocument, DetailsFact> = {
  name: 'planning.returnee-details',
  collection: RETURNEE_DETAILS,
  // Read by case id alone, the document's own key (ReturneeDetailsReader): no query needs another index.
  indexes: [],
  handles: HANDLES,
  documentId: (event) => event.data.caseId,
  evolve: evolveDetails,
};

function evolveDetails(stored: ReturneeDetailsDocument | null, fact: DetailsFact): ReturneeDetailsDocument {
  const doc = stored ?? { caseId: fact.data.caseId, basis: { assistanceConsents: [] } };
  switch (fact.type) {
    case 'intake.ConsentGiven':
    case 'intake.ConsentRefused':
    case 'intake.ConsentWithdrawn': {
      if (fact.data.purpose !== 'assistance') return doc;
      const assistanceConsents = registerConsent(doc.basis.assistanceConsents, fact);
      const kept = { ...doc, basis: { assistanceConsents } };
      // Her details were shared under consent to assistance: refused or withdrawn, they are forgotten (a new consent shares them again).
      return assistanceStatus(assistanceConsents) === 'open' ? kept : withoutReturnee(kept);
    }
    case 'intake.ReturneeDetailsShared': {
      // A part this service cannot open (no key, or destroyed) leaves nothing behind; only what the copy uses is kept.
      const details = afterErasure(fact)?.data.personal;
      if (!details || doc.erasedAt) return withoutReturnee(doc);
      return { ...doc, returnee: { firstName: details.firstName, lastName: details.lastName, languages: [...details.languages] } };
    }
    case 'intake.ReturneeErased':
      return { ...withoutReturnee(doc), erasedAt: fact.data.erasedAt };
  }
}

function withoutReturnee(doc: ReturneeDetailsDocument): ReturneeDetailsDocument {
  const { returnee: _forgotten, ...rest } = doc;
  return rest;
}
