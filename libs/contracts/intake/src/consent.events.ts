import type { ConsentPurpose, DataCategory, WitnessRole } from './vocabulary';

/** Who will receive the data: a named organisation (a service provider), never a person's details. */
export interface ConsentRecipient {
  recipientId: string;
  name: string;
}

interface ConsentDecisionData {
  caseId: string;
  returneeId: string;
  consentId: string;
  purpose: ConsentPurpose;
  recipient?: ConsentRecipient;
  /** The date on the signed form. */
  decidedOn: string;
  formVersion: string;
  language: string;
  witnessRole?: WitnessRole;
  recordedAt: string;
  personal?: { witnessName?: string };
}

export interface ConsentGiven {
  type: 'intake.ConsentGiven';
  data: ConsentDecisionData & { dataCategories: DataCategory[] };
}

export interface ConsentRefused {
  type: 'intake.ConsentRefused';
  data: ConsentDecisionData;
}

export interface ConsentWithdrawn {
  type: 'intake.ConsentWithdrawn';
  data: {
    caseId: string;
    returneeId: string;
    consentId: string;
    purpose: ConsentPurpose;
    recipient?: ConsentRecipient;
    withdrawnOn: string;
    recordedAt: string;
    personal?: { reason?: string };
  };
}

/** A disclosure of personal data outside intake, with the consent it relied on (for auditors). */
export interface PersonalDataShared {
  type: 'intake.PersonalDataShared';
  data: {
    caseId: string;
    recipientId: string;
    purpose: ConsentPurpose;
    dataCategories: DataCategory[];
    consentIds: string[];
    sharedAt: string;
  };
}

export type ConsentEvent = ConsentGiven | ConsentRefused | ConsentWithdrawn;
