/** The closed lists of intake, in English codes; user-facing labels are translated elsewhere. */
export const SEXES = ['female', 'male', 'intersex', 'undisclosed'] as const;
export type Sex = (typeof SEXES)[number];

export const RELATIONSHIPS = ['spouse', 'child', 'parent', 'legal_guardian', 'sibling', 'grandparent', 'other_relative'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const RETURN_TYPES = ['voluntary', 'forced'] as const;
export type ReturnType = (typeof RETURN_TYPES)[number];

export const PREPAREDNESS = ['prepared', 'partly_prepared', 'unprepared'] as const;
export type Preparedness = (typeof PREPAREDNESS)[number];

export const DOCUMENTS = ['passport', 'national_id', 'birth_certificate', 'travel_document', 'diplomas', 'driving_licence', 'medical_records'] as const;
export type IdentityDocument = (typeof DOCUMENTS)[number];

/** Table 2.1 of the handbook: the individual factors that bear on reintegration. */
export const INDIVIDUAL_FACTORS = [
  'age',
  'sex',
  'gender',
  'ethnic_cultural_identity',
  'religious_identity',
  'health_and_wellbeing',
  'skills_and_knowledge',
  'family_situation',
  'time_abroad',
  'disability',
  'sexual_orientation',
  'social_networks',
  'motivations',
  'personal_identity',
  'personal_security',
  'financial_situation',
  'psychological_characteristics',
] as const;
export type IndividualFactor = (typeof INDIVIDUAL_FACTORS)[number];

export const FACTOR_ASSESSMENTS = ['capacity', 'vulnerability', 'neutral'] as const;
export type FactorAssessment = (typeof FACTOR_ASSESSMENTS)[number];

export const VULNERABILITY_AREAS = [
  'physical_health',
  'mental_health',
  'trafficking',
  'violence_exploitation_abuse',
  'unaccompanied_or_separated_child',
] as const;
export type VulnerabilityArea = (typeof VULNERABILITY_AREAS)[number];

export const URGENCIES = ['life_threatening', 'urgent', 'routine'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** What kind of service an urgent need calls for: all a referral partner needs to route it. */
export const SERVICES_NEEDED = ['medical', 'mental_health', 'protection', 'child_protection'] as const;
export type ServiceNeeded = (typeof SERVICES_NEEDED)[number];

export const SESSION_PHASES = ['pre_departure', 'post_arrival'] as const;
export type SessionPhase = (typeof SESSION_PHASES)[number];

/** The six steps of the first counselling session (handbook 2.1). */
export const SESSION_STEPS = ['preparation', 'trust', 'process_and_consent', 'vulnerabilities', 'plan_design', 'closing'] as const;
export type SessionStepName = (typeof SESSION_STEPS)[number];
/** What is said at the vulnerabilities step is about health, trafficking or violence: the whole step is sensitive. */
export const SENSITIVE_STEPS: readonly SessionStepName[] = ['vulnerabilities'];

export const CONSENT_PURPOSES = ['assistance', 'referral', 'data_sharing', 'me_use'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/** Purposes for which data leaves intake for a named recipient. */
export const SHARING_PURPOSES = ['data_sharing', 'referral'] as const satisfies readonly ConsentPurpose[];
export type SharingPurpose = (typeof SHARING_PURPOSES)[number];

/** What a consent can cover, coarse enough for a returnee to understand on a form. */
export const DATA_CATEGORIES = ['identity', 'contact', 'case_summary', 'return_circumstances', 'individual_factors', 'vulnerabilities', 'health', 'plan'] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

export const WITNESS_ROLES = ['interpreter', 'witness', 'guardian'] as const;
export type WitnessRole = (typeof WITNESS_ROLES)[number];

/**
 * Health, disability and sexual orientation, trafficking and violence: readable only by the
 * case's own case manager, supervisors of its office and auditors. An unaccompanied child is
 * not sensitive: everyone in the office must be able to act on it.
 */
export const SENSITIVE_FACTORS: readonly IndividualFactor[] = ['health_and_wellbeing', 'disability', 'sexual_orientation'];
export const SENSITIVE_AREAS: readonly VulnerabilityArea[] = ['physical_health', 'mental_health', 'trafficking', 'violence_exploitation_abuse'];
/** The service an urgent finding in each area calls for. */
export const SERVICE_FOR: Readonly<Record<VulnerabilityArea, ServiceNeeded>> = {
  physical_health: 'medical',
  mental_health: 'mental_health',
  trafficking: 'protection',
  violence_exploitation_abuse: 'protection',
  unaccompanied_or_separated_child: 'child_protection',
};

/**
 * The kind of an urgent need tells its finding ("mental_health" next to a name is health data):
 * it is sensitive wherever the finding is. Child protection is not: the whole office acts on it.
 */
export const SENSITIVE_SERVICES: readonly ServiceNeeded[] = [...new Set(SENSITIVE_AREAS.map((area) => SERVICE_FOR[area]))];

/** The screenings that leave intake only under consent to the health category. */
export const HEALTH_AREAS: readonly VulnerabilityArea[] = ['physical_health', 'mental_health'];

/** The most family members a case holds, at registration and after it: one cap, in the schemas and the rules. */
export const MAX_FAMILY_MEMBERS = 20;

/** Why a returnee's personal data is erased: the grounds of GDPR article 17(1), as codes, so the event itself holds nothing personal. */
export const ERASURE_REASONS = ['data_subject_request', 'consent_withdrawn', 'no_longer_necessary', 'objection', 'unlawful_processing', 'legal_obligation'] as const;
export type ErasureReason = (typeof ERASURE_REASONS)[number];
