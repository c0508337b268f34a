import type { ErasureReason, ConsentRecipient, SessionStepDetails, FamilyMember, ConsentPurpose, DataCategory, FactorAssessment, IdentityDocument, IndividualFactor, Preparedness, ReturnType, SessionPhase, SharingPurpose, Sex, Urgency, VulnerabilityArea, WitnessRole } from '@homeward/contracts/intake';
import type { CommandMetadata } from '../shared/command-metadata';

type Command<T extends string, D> = { type: T; data: D & { caseId: string }; metadata: CommandMetadata };

export type RegisterReturnee = Command<
  'RegisterReturnee',
  {
    returneeId: string;
    firstName: string;
    lastName: string;
    dateOfBirth: string;
    sex: Sex;
    gender?: string;
    nationality: string;
    languages: string[];
    interpreterNeeded?: boolean;
    phone?: string;
    email?: string;
    address?: string;
    familyMembers?: FamilyMember[];
    hostCountry: string;
    countryOfOrigin: string;
    plannedReturnDate: string;
    /** The registering office: the host country before departure, the country of origin for someone first met on arrival. */
    office: string;
    /** Cases the handler found with the same name, date of birth and nationality. */
    likelyDuplicates?: string[];
    duplicateOverride?: { reason: string };
    /** Ids for what registration may derive (an unaccompanied child's screening and urgent need). */
    derivedIds?: { screeningId: string; needId: string };
  }
>;

export type RecordArrival = Command<'RecordArrival', { arrivalDate: string }>;
export type CorrectIdentity = Command<
  'CorrectIdentity',
  {
    firstName?: string;
    lastName?: string;
    dateOfBirth?: string;
    sex?: Sex;
    gender?: string;
    nationality?: string;
    reason: string;
    /** Other cases the handler found with the identity this correction makes. */
    likelyDuplicates?: string[];
    duplicateOverride?: { reason: string };
    /** For the flag a corrected date of birth may raise (a child without an adult). */
    derivedIds: { screeningId: string; needId: string };
  }
>;
export type ChangeContactDetails = Command<'ChangeContactDetails', { phone?: string; email?: string; address?: string }>;
export type AddFamilyMember = Command<'AddFamilyMember', { member: FamilyMember }>;
/** derivedIds: for the flag a child left without an adult raises. */
export type RemoveFamilyMember = Command<'RemoveFamilyMember', { memberId: string; reason?: string; derivedIds: { screeningId: string; needId: string } }>;
/** To the office of the country of origin, which assigns its own case manager. */
export type TransferCase = Command<'TransferCase', { handoverNote: string }>;
/** A supervisor gives the case to a case manager of the office holding it. */
export type AssignCase = Command<'AssignCase', { caseManagerId: string }>;
/** A case manager of the office takes on a case waiting in its incoming list. */
export type AcceptCase = Command<'AcceptCase', object>;
export type RecordReturnCircumstances = Command<
  'RecordReturnCircumstances',
  {
    timeAbroadMonths: number;
    returnType: ReturnType;
    detained: boolean;
    detentionDays?: number;
    preparedness: Preparedness;
    documentsHeld: IdentityDocument[];
    notes?: string;
  }
>;

export type ScheduleSession = Command<'ScheduleSession', { sessionId: string; phase: SessionPhase; scheduledFor: string }>;
export type StartSession = Command<'StartSession', { sessionId: string }>;
export type RecordSessionStep = Command<'RecordSessionStep', { sessionId: string; details: SessionStepDetails }>;
export type PauseSession = Command<'PauseSession', { sessionId: string; reason?: string }>;
export type ResumeSession = Command<'ResumeSession', { sessionId: string }>;
export type ContinueSessionLater = Command<'ContinueSessionLater', { sessionId: string; nextSessionId: string; scheduledFor: string }>;

export type AssessIndividualFactor = Command<'AssessIndividualFactor', { factor: IndividualFactor; assessment: FactorAssessment; note: string }>;
export type RecordVulnerabilityScreening = Command<
  'RecordVulnerabilityScreening',
  { screeningId: string; needId: string; area: VulnerabilityArea; urgency: Urgency; details?: string }
>;
export type MarkUrgentNeedAddressed = Command<'MarkUrgentNeedAddressed', { needId: string; note?: string }>;

interface ConsentForm {
  consentId: string;
  purpose: ConsentPurpose;
  recipient?: ConsentRecipient;
  decidedOn: string;
  formVersion: string;
  language: string;
  witness?: { role: WitnessRole; name: string };
}
export type GiveConsent = Command<'GiveConsent', ConsentForm & { dataCategories: DataCategory[] }>;
export type RefuseConsent = Command<'RefuseConsent', ConsentForm>;
export type WithdrawConsent = Command<'WithdrawConsent', { consentId: string; withdrawnOn: string; reason?: string }>;
export type ShareCaseData = Command<'ShareCaseData', { recipientId: string; purpose: SharingPurpose; dataCategories: DataCategory[] }>;

/** A supervisor or an admin erases the returnee's personal data (their keys), on the ground given. */
export type EraseReturnee = Command<'EraseReturnee', { reason: ErasureReason }>;

export type CaseCommand =
  | RegisterReturnee
  | RecordArrival
  | ChangeContactDetails
  | CorrectIdentity
  | AddFamilyMember
  | RemoveFamilyMember
  | TransferCase
  | AssignCase
  | AcceptCase
  | RecordReturnCircumstances
  | ScheduleSession
  | StartSession
  | RecordSessionStep
  | PauseSession
  | ResumeSession
  | ContinueSessionLater
  | AssessIndividualFactor
  | RecordVulnerabilityScreening
  | MarkUrgentNeedAddressed
  | GiveConsent
  | RefuseConsent
  | WithdrawConsent
  | ShareCaseData
  | EraseReturnee;
