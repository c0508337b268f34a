import type { IdentityDocument, Preparedness, Relationship, ReturnType, Sex } from './vocabulary';

/** A family member who is part of the case. All of it is personal data. */
export interface FamilyMember {
  memberId: string;
  relationship: Relationship;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  sex: Sex;
}

/** Events of a returnee's case in intake. Whatever identifies or describes a person sits under `personal`. */
export interface ReturneeRegistered {
  type: 'intake.ReturneeRegistered';
  data: {
    caseId: string;
    returneeId: string;
    sex: Sex;
    nationality: string;
    languages: string[];
    interpreterNeeded?: boolean;
    /** Set when a case manager registered the person despite likely duplicates: how many (which ones is personal). */
    duplicateOverride?: { duplicates: number };
    personal: {
      firstName: string;
      lastName: string;
      dateOfBirth: string;
      gender?: string;
      phone?: string;
      email?: string;
      address?: string;
      familyMembers?: FamilyMember[];
      duplicateOverrideReason?: string;
      /** Cases elsewhere may be outside the topic's readers' countries: the ids stay here. */
      duplicateOfCaseIds?: string[];
    };
  };
}

export interface CaseOpened {
  type: 'intake.CaseOpened';
  data: {
    caseId: string;
    returneeId: string;
    hostCountry: string;
    countryOfOrigin: string;
    plannedReturnDate: string;
    caseManagerId: string;
    openedAt: string;
    /** The registration day in the registering office's time zone; absent in early events, meaning the UTC day of openedAt. */
    openedOn?: string;
    /** The office that registered the case and holds it; absent in early events, meaning the host country. */
    office?: string;
  };
}

/** Which office holds a newly opened case. */
export const officeOf = (opened: CaseOpened['data']): string => opened.office ?? opened.hostCountry;

/** The day the case was opened, as its office counts days. */
export const openedOnOf = (opened: CaseOpened['data']): string => opened.openedOn ?? opened.openedAt.slice(0, 10);

export interface ReturneeArrived {
  type: 'intake.ReturneeArrived';
  data: { caseId: string; returneeId: string; countryOfOrigin: string; arrivalDate: string };
}

/**
 * The case moves to the office of the country of origin, where it waits for a case manager;
 * the sending office loses write access. `fromCaseManagerId` is absent when nobody held it.
 */
export interface CaseTransferred {
  type: 'intake.CaseTransferred';
  data: {
    caseId: string;
    fromCountry: string;
    toCountry: string;
    fromCaseManagerId?: string;
    transferredAt: string;
    personal: { handoverNote: string };
  };
}

/**
 * A case manager of the office holding the case takes it on: assigned by a supervisor
 * (a first assignment or a reassignment inside the office), or accepted from the incoming list.
 */
export interface CaseAssigned {
  type: 'intake.CaseAssigned';
  data: {
    caseId: string;
    office: string;
    caseManagerId: string;
    previousCaseManagerId?: string;
    how: 'assigned' | 'accepted';
    assignedAt: string;
  };
}

export interface ReturnCircumstancesRecorded {
  type: 'intake.ReturnCircumstancesRecorded';
  data: {
    caseId: string;
    timeAbroadMonths: number;
    returnType: ReturnType;
    detained: boolean;
    detentionDays?: number;
    preparedness: Preparedness;
    documentsHeld: IdentityDocument[];
    personal?: { notes?: string };
  };
}

/** The returnee's contact details as they now are (a new phone after return, say): the whole set, replacing the last. */
export interface ContactDetailsChanged {
  type: 'intake.ContactDetailsChanged';
  data: { caseId: string; changedAt: string; personal: { phone?: string; email?: string; address?: string } };
}

/** A registration detail was wrong (a misspelt name, a date of birth from an old document): the correction, with its reason. */
export interface IdentityCorrected {
  type: 'intake.IdentityCorrected';
  data: {
    caseId: string;
    correctedAt: string;
    sex?: Sex;
    nationality?: string;
    /** Set when the case manager corrected despite likely duplicates: how many (which ones is personal). */
    duplicateOverride?: { duplicates: number };
    personal: {
      firstName?: string;
      lastName?: string;
      dateOfBirth?: string;
      gender?: string;
      reason: string;
      duplicateOverrideReason?: string;
      duplicateOfCaseIds?: string[];
    };
  };
}

export type RegistrationEvent =
  | ReturneeRegistered
  | CaseOpened
  | ContactDetailsChanged
  | IdentityCorrected
  | ReturneeArrived
  | CaseTransferred
  | CaseAssigned
  | ReturnCircumstancesRecorded;
