import type { ConsentEvent, ConsentRecord } from '@homeward/domain';
import type { Projection } from '@homeward/events';
import { withConsentEvent } from '../case-file/consent-records';
import { asCaseFact, caseIdOf } from '../case-file/recorded-case-event';

export const CONSENT_REGISTER = 'consent_register';

/** A returnee's signed decisions, as registerConsent keeps them: what mayReceive answers from. */
export interface ConsentRegisterEntry {
  caseId: string;
  returneeId: string;
  records: ConsentRecord[];
}

export const consentRegisterProjection: Projection<ConsentRegisterEntry> = {
  name: 'intake.consent-register',
  collection: CONSENT_REGISTER,
  handles: ['intake.ConsentGiven', 'intake.ConsentRefused', 'intake.ConsentWithdrawn'],
  documentId: caseIdOf,
  evolve: (doc, event) => {
    const fact = asCaseFact(event) as ConsentEvent;
    const entry = doc ?? { caseId: fact.data.caseId, returneeId: fact.data.returneeId, records: [] };
    return { ...entry, records: withConsentEvent(entry.records, fact) };
  },
};
