import type { ConsentRecord } from '@homeward/domain';
import type { Projection } from '@homeward/events';
import { withConsentEvent } from '../case-file/consent-records';
import { caseIdOf, type CaseEventOf } from '../case-file/recorded-case-event';

export const CONSENT_REGISTER = 'consent_register';

/**
 * A returnee's signed decisions, as registerConsent keeps them: what mayReceive answers from.
 * With the countries the case crosses, so the register can tell who may ask about it.
 */
export interface ConsentRegisterEntry {
  caseId: string;
  returneeId: string;
  hostCountry: string;
  countryOfOrigin: string;
  records: ConsentRecord[];
}

const HANDLES = ['intake.CaseOpened', 'intake.ConsentGiven', 'intake.ConsentRefused', 'intake.ConsentWithdrawn'] as const;

export const consentRegisterProjection: Projection<ConsentRegisterEntry, CaseEventOf<(typeof HANDLES)[number]>> = {
  name: 'intake.consent-register',
  collection: CONSENT_REGISTER,
  handles: HANDLES,
  documentId: caseIdOf,
  evolve: (doc, fact) => {
    if (fact.type === 'intake.CaseOpened') {
      const { caseId, returneeId, hostCountry, countryOfOrigin } = fact.data;
      return doc ?? { caseId, returneeId, hostCountry, countryOfOrigin, records: [] };
    }
    // Consent is given on an open case: its CaseOpened came first.
    return doc && { ...doc, records: withConsentEvent(doc.records, fact) };
  },
};
