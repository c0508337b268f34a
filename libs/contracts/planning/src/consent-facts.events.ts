import type { ConsentPurpose, ConsentRecipient, DataCategory } from '@homeward/contracts/intake';
import type { ConsentDecision } from './vocabulary';

/**
 * A decision of intake's consent register, as planning keeps it to decide activations: copied from
 * intake's topic (ConsentGiven, ConsentRefused, ConsentWithdrawn), without the witness or the reason.
 */
export interface ConsentNoted {
  type: 'planning.ConsentNoted';
  data: {
    caseId: string;
    consentId: string;
    purpose: ConsentPurpose;
    recipient?: ConsentRecipient;
    decision: ConsentDecision;
    /** The date on the form; a withdrawal keeps the one it was given under. */
    decidedOn: string;
    /**
     * The moment intake recorded the decision (its event's time): a form covers a plan version only if
     * recorded after the version's last change, even on the same day. Absent on events noted before it
     * was kept; `notedAt` stands in for it then.
     */
    decidedAt?: string;
    withdrawnOn?: string;
    formVersion: string;
    language: string;
    dataCategories: DataCategory[];
    notedAt: string;
  };
}
