import type {
  ConsentRecord,
  FactorAssessment,
  FamilyMember,
  IndividualFactor,
  PersonalDataShared,
  ReturnCircumstancesRecorded,
  ServiceNeeded,
  SessionPhase,
  SessionStepDetails,
  Sex,
  Urgency,
  VulnerabilityArea,
} from '@homeward/domain';

export const CASE_FILE = 'case_file';

export interface FactorEntry {
  factor: IndividualFactor;
  assessment: FactorAssessment;
  note: string;
  assessedAt: string;
  /** The user who recorded the assessment (the event's actor). */
  assessedBy: string;
  /** Keys the history: the same event applied twice is one entry. */
  eventId: string;
}

export interface FactorProfile {
  /** One entry per factor: its latest assessment. */
  current: FactorEntry[];
  /** Every assessment in the order recorded. */
  history: FactorEntry[];
}

export interface Screening {
  screeningId: string;
  area: VulnerabilityArea;
  urgency: Urgency;
  details?: string;
  screenedAt: string;
  /** Derived by the platform (an unaccompanied child), not typed in. */
  derived: boolean;
}

export interface UrgentNeed {
  needId: string;
  screeningId: string;
  serviceNeeded: ServiceNeeded;
  urgency: Exclude<Urgency, 'routine'>;
  identifiedAt: string;
  status: 'open' | 'addressed';
  addressedAt?: string;
  note?: string;
}

export interface SessionStep {
  eventId: string;
  recordedAt: string;
  details: SessionStepDetails;
}

export interface CounsellingSession {
  sessionId: string;
  phase: SessionPhase;
  status: 'scheduled' | 'in_progress' | 'paused' | 'ended';
  scheduledFor: string;
  startedAt?: string;
  endedAt?: string;
  steps: SessionStep[];
  outcome?: 'completed' | 'continued_later';
  continuesSessionId?: string;
  continuedInSessionId?: string;
  nextSessionDate?: string;
}

export interface Transfer {
  fromCountry: string;
  toCountry: string;
  fromCaseManagerId: string;
  toCaseManagerId: string;
  transferredAt: string;
  handoverNote: string;
}

/** A disclosure with the consents it relied on, keyed by its event. */
export type Disclosure = Omit<PersonalDataShared['data'], 'caseId'> & { eventId: string };

/** What only the case's own case manager, a supervisor of its office and auditors may read. */
export interface SensitiveParts {
  individualFactors: FactorProfile;
  screenings: Screening[];
}

/** Everything intake knows about one case, as the office holding it reads it. */
export interface CaseFile {
  caseId: string;
  returneeId: string;
  returnee: {
    firstName: string;
    lastName: string;
    dateOfBirth: string;
    sex: Sex;
    gender?: string;
    nationality: string;
    languages: string[];
    interpreterNeeded?: boolean;
    contact: { phone?: string; email?: string; address?: string };
    familyMembers: FamilyMember[];
    duplicateOverride?: { duplicateOfCaseIds: string[]; reason?: string };
  };
  /** Empty until the case is opened (the event right after registration). */
  case: {
    hostCountry: string;
    countryOfOrigin: string;
    /** The country whose office holds the case. */
    office: string;
    caseManagerId: string;
    status: 'open' | 'assistance_refused';
    plannedReturnDate: string;
    openedAt: string;
    arrivalDate?: string;
    transfer?: Transfer;
  };
  returnCircumstances?: Omit<ReturnCircumstancesRecorded['data'], 'caseId' | 'personal'> & { notes?: string };
  sessions: CounsellingSession[];
  individualFactors: FactorProfile;
  screenings: Screening[];
  urgentNeeds: UrgentNeed[];
  consents: ConsentRecord[];
  disclosures: Disclosure[];
  sensitive: SensitiveParts;
}
