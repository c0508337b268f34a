import { afterErasure, type IntakeTopicEvent, type ReturneeDetails } from '@homeward/contracts/intake';
import { assistanceStatus, registerConsent, type ConsentRecord } from './consent-register';

/** What intake tells other services about the returnee's details: her consents to assistance, the details shared under them, her erasure. */
export const DETAILS_UNDER_ASSISTANCE_EVENTS = ['intake.ConsentGiven', 'intake.ConsentRefused', 'intake.ConsentWithdrawn', 'intake.ReturneeDetailsShared', 'intake.ReturneeErased'] as const;
export type DetailsUnderAssistanceFact = Extract<IntakeTopicEvent, { type: (typeof DETAILS_UNDER_ASSISTANCE_EVENTS)[number] }>;

/** The part of a service's document about one returnee that this rule keeps: the fields it picked, while they may be kept. */
export interface DetailsUnderAssistance<T> {
  returnee?: T;
  /** Set once intake erased her personal data: nothing of her is kept from then on. */
  erasedAt?: string;
  basis: { assistanceConsents: ConsentRecord[] };
}

export const noDetailsYet = (): DetailsUnderAssistance<never> => ({ basis: { assistanceConsents: [] } });

/**
 * The one rule every service follows with the details intake shares: they were shared under her consent to
 * assistance (which covers the organisation's own case management), so they are kept while it stands, forgotten
 * when it is refused or withdrawn (a new consent shares them again), and never again once she is erased. Each
 * service keeps only the fields it shows (`pick`); a part it cannot open (no key, or a key destroyed) leaves
 * nothing behind.
 */
export function evolveDetailsUnderAssistance<T, D extends DetailsUnderAssistance<T>>(doc: D, fact: DetailsUnderAssistanceFact, pick: (details: ReturneeDetails) => T): D {
  switch (fact.type) {
    case 'intake.ConsentGiven':
    case 'intake.ConsentRefused':
    case 'intake.ConsentWithdrawn': {
      if (fact.data.purpose !== 'assistance') return doc;
      const kept = { ...doc, basis: { ...doc.basis, assistanceConsents: registerConsent(doc.basis.assistanceConsents, fact) } };
      return assistanceStatus(kept.basis.assistanceConsents) === 'open' ? kept : withoutReturnee(kept);
    }
    case 'intake.ReturneeDetailsShared': {
      const details = afterErasure(fact)?.data.personal;
      return details && !doc.erasedAt ? { ...doc, returnee: pick(details) } : withoutReturnee(doc);
    }
    case 'intake.ReturneeErased':
      return { ...withoutReturnee(doc), erasedAt: fact.data.erasedAt };
  }
}

function withoutReturnee<D extends DetailsUnderAssistance<unknown>>(doc: D): D {
  const { returnee: _forgotten, ...rest } = doc;
  return rest as D;
}
