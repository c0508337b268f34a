import type { assistanceStatus, ConsentRecord } from '@homeward/domain';
import type { ErasureReason, FactorAssessment, FamilyMember, IndividualFactor, PersonalDataShared, ReturnCircumstancesRecorded, ServiceNeeded, SessionPhase, SessionStepDetails, Sex, Urgency, VulnerabilityArea } from '@homeward/contracts/intake';

export const CASE_FILE = 'case_file';

/** Whether the returnee is assisted, as the domain decides it from their consents. */
export type CaseStatus = ReturnType<typeof assistanceStatus>;

export interface FactorEntry {
  factor: IndividualFactor;
  assessment: FactorAssessment;
  /** Free text: only where the whole entry is sensitive; otherwise in `sensitive.factorNotes`. */
  note?: string;
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

/**
 * That a need exists and how urgent it is: for whoever is on duty. Its kind and the screening
 * behind it only when the finding is not sensitive (a child without an adult); otherwise they
 * are in `sensitive.urgentNeeds`.
 */
export interface UrgentNeed {
  needId: string;
  screeningId?: string;
  serviceNeeded?: ServiceNeeded;
  urgency: Exclude<Urgency, 'routine'>;
  identifiedAt: string;
  status: 'open' | 'addressed';
  addressedAt?: string;
}

/** A step of a session: what was done without what was said, or for a sensitive step only that it was recorded, and when. */
export interface SessionStep {
  eventId: string;
  recordedAt: string;
  step: SessionStepDetails['step'];
  /** Without its free text, which is in `sensitive.sessionSteps`; absent for the vulnerabilities step. */
  details?: Partial<SessionStepDetails>;
}

/** Every detail of a step that holds free text (or is sensitive as a whole), under `sensitive`. */
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

/** The handover to the office of the country of origin; its note is in `sensitive.handoverNote`. */
export interface Transfer {
  fromCountry: string;
  toCountry: string;
  fromCaseManagerId?: string;
  transferredAt: string;
}

/** The kind of a sensitive urgent need and the screening it came from. */
export interface SensitiveUrgentNeed {
  needId: string;
  screeningId: string;
  serviceNeeded: ServiceNeeded;
}

/** A disclosure with the consents it relied on, keyed by its event. */
export type Disclosure = Omit<PersonalDataShared['data'], 'caseId'> & { eventId: string };

/**
 * What only the case's own case manager, a supervisor of its office and auditors may read:
 * health, disability, sexual orientation, trafficking and violence, and free text, which tends
 * to hold exactly such facts. The plan design's goals, strengths and life plan are the only free
 * text outside it: they are meant for the plan and the returnee's copy.
 */
export interface SensitiveParts {
  individualFactors: FactorProfile;
  /** The notes on factors that are not sensitive themselves, by the event that recorded them. */
  factorNotes: Array<{ eventId: string; note: string }>;
  screenings: Screening[];
  urgentNeeds: SensitiveUrgentNeed[];
  /** Steps holding free text (trust, process and consent, closing) and the vulnerabilities step, in full. */
  sessionSteps: SensitiveSessionStep[];
  urgentNeedNotes: UrgentNeedNote[];
  handoverNote?: string;
  returnCircumstancesNotes?: string;
  duplicateOverrideReason?: string;
  correctionReasons: Array<{ correctedAt: string; reason: string }>;
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
    duplicateOverride?: { duplicates: number };
    /** Each correction of a registration detail: which fields, by whom, when (why is in `sensitive`). */
    corrections?: Array<{ correctedAt: string; correctedBy: string; fields: string[] }>;
  };
  /** Empty until the case is opened (the event right after registration). */
  case: {
    hostCountry: string;
    countryOfOrigin: string;
    /** The country whose office holds the case. */
    office: string;
    /** Absent while the case waits in the office's incoming list, after a transfer. */
    caseManagerId?: string;
    status: CaseStatus;
    plannedReturnDate: string;
    openedAt: string;
    arrivalDate?: string;
    transfer?: Transfer;
  };
  returnCircumstances?: Omit<ReturnCircumstancesRecorded['data'], 'caseId' | 'personal'>;
  sessions: CounsellingSession[];
  individualFactors: FactorProfile;
  screenings: Screening[];
  urgentNeeds: UrgentNeed[];
  consents: ConsentRecord[];
  disclosures: Disclosure[];
  sensitive: SensitiveParts;
  /** Set once the returnee's personal data is erased: every field that held it reads "erased" or is gone. */
  erasure?: { erasedAt: string; erasedBy: string; reason: ErasureReason };
}
