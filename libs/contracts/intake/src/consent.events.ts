import type { FamilyMember } from './registration.events';
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

/**
 * The returnee's identity, contact details, languages and family as they now are, for the organisation's
 * own services (planning, referrals, monitoring), under her consent to assistance, which covers its case
 * management: intake records it when that consent is given and after each change to those details while it
 * stands, never otherwise. Its personal part travels on the topic sealed under her personal key.
 */
export interface ReturneeDetailsShared {
  type: 'intake.ReturneeDetailsShared';
  data: {
    caseId: string;
    returneeId: string;
    /** The consent to assistance it relies on. */
    consentId: string;
    sharedAt: string;
    personal: ReturneeDetails;
  };
}

/** What the organisation's services may know of a returnee: who she is, how to reach her, her languages and her family. */
export interface ReturneeDetails {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  gender?: string;
  languages: string[];
  phone?: string;
  email?: string;
  address?: string;
  familyMembers: FamilyMember[];
}

export type ConsentEvent = ConsentGiven | ConsentRefused | ConsentWithdrawn;
