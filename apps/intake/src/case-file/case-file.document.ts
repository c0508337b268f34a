import type {
  assistanceStatus,
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

/** Whether the returnee is assisted, as the domain decides it from their consents. */
export type CaseStatus = ReturnType<typeof assistanceStatus>;

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
}

/** A step of a session: what was done, or for a sensitive step only that it was recorded, and when. */
export interface SessionStep {
  eventId: string;
  recordedAt: string;
  step: SessionStepDetails['step'];
  /** Absent for a sensitive step: its details are in `sensitive.sessionSteps`. */
  details?: SessionStepDetails;
}

/** The details of a sensitive session step, under `sensitive`. */
export interface SensitiveSessionStep {
  sessionId: string;
  eventId: string;
  recordedAt: string;
  details: SessionStepDetails;
}

/** How an urgent need was met, in the words of whoever addressed it: it tells what the finding was. */
export interface UrgentNeedNote {
  needId: string;
  note: string;
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
  /** The vulnerabilities step of each session. */
  sessionSteps: SensitiveSessionStep[];
  urgentNeedNotes: UrgentNeedNote[];
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
    duplicateOverride?: { duplicates: number; reason?: string };
    /** Each correction of a registration detail: which fields, by whom, when, why. */
    corrections?: Array<{ correctedAt: string; correctedBy: string; reason: string; fields: string[] }>;
  };
  /** Empty until the case is opened (the event right after registration). */
  case: {
    hostCountry: string;
    countryOfOrigin: string;
    /** The country whose office holds the case. */
    office: string;
    caseManagerId: string;
    status: CaseStatus;
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
