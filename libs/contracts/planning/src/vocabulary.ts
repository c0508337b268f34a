/** The closed lists of planning, in English codes; user-facing labels are translated elsewhere. */

/** The eleven elements of the Annex 3 template (handbook 2.3.2), in its order. */
export const PLAN_ELEMENT_TYPES = [
  'financial_allocation',
  'income_generating_activity',
  'vocational_training',
  'housing_food_nutrition',
  'legal_documentation',
  'education_skills',
  'medical_health',
  'transport',
  'security',
  'psychosocial',
  'family_needs_counselling',
] as const;
export type PlanElementType = (typeof PLAN_ELEMENT_TYPES)[number];

/** Sustainable reintegration has three dimensions; every option of the feasibility grid serves one. */
export const DIMENSIONS = ['economic', 'social', 'psychosocial'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const DIMENSION_OF: Readonly<Record<PlanElementType, Dimension>> = {
  financial_allocation: 'economic',
  income_generating_activity: 'economic',
  vocational_training: 'economic',
  housing_food_nutrition: 'social',
  legal_documentation: 'social',
  education_skills: 'social',
  medical_health: 'social',
  transport: 'social',
  security: 'social',
  psychosocial: 'psychosocial',
  family_needs_counselling: 'psychosocial',
};

/** Who carries an element out. */
export const RESPONSIBILITIES = ['returnee', 'case_manager', 'provider'] as const;
export type Responsibility = (typeof RESPONSIBILITIES)[number];

export const ELEMENT_STATUSES = ['planned', 'in_progress', 'delivered', 'cancelled'] as const;
export type ElementStatus = (typeof ELEMENT_STATUSES)[number];

/** The assessments a plan builds on (handbook 2.2 and 1.4.2). */
export const ASSESSMENT_KINDS = ['individual', 'family', 'community'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

/** Where the goals and motivations came from: the plan-design step of a counselling session, or the case manager. */
export const GOAL_SOURCES = ['counselling_session', 'case_manager'] as const;
export type GoalSource = (typeof GOAL_SOURCES)[number];

/** What became of a pre-departure plan when the first plan after arrival reviewed it. */
export const PRE_DEPARTURE_REVIEW_OUTCOMES = ['kept', 'adapted', 'set_aside'] as const;
export type PreDepartureReviewOutcome = (typeof PRE_DEPARTURE_REVIEW_OUTCOMES)[number];

/** Why a plan ends without being completed. */
export const CLOSURE_REASONS = ['assistance_refused', 'returnee_erased', 'returnee_withdrew', 'contact_lost', 'other'] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

/** Why a plan stops for now. */
export const SUSPENSION_REASONS = ['assistance_consent_withdrawn'] as const;
export type SuspensionReason = (typeof SUSPENSION_REASONS)[number];

/** Table 2.2: cash, in kind, or a combination of the two. */
export const MODALITIES = ['cash', 'in_kind', 'mixed'] as const;
export type Modality = (typeof MODALITIES)[number];
/** One instalment is paid one way. */
export const INSTALMENT_MODALITIES = ['cash', 'in_kind'] as const satisfies readonly Modality[];
export type InstalmentModality = (typeof INSTALMENT_MODALITIES)[number];

/** How high a risk of Table 2.2's assessment is judged. */
export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** How the risks of a payment are controlled (Table 2.2, final decision). */
export const RISK_CONTROLS = [
  'identity_check_at_payment',
  'mobile_money_transfer',
  'payment_to_supplier',
  'receipts_required',
  'monitoring_visit',
  'staggered_instalments',
] as const;
export type RiskControl = (typeof RISK_CONTROLS)[number];

/**
 * The needs and circumstances a feasibility grid answers (handbook 2.3.1): what the case manager
 * identified with the returnee, each in the dimension it bears on.
 */
export const NEEDS = [
  'no_income',
  'business_project',
  'lacks_vocational_skills',
  'no_housing',
  'food_insecurity',
  'missing_documents',
  'legal_problem',
  'interrupted_education',
  'health_condition',
  'no_transport_to_services',
  'threats_to_safety',
  'psychological_distress',
  'family_tension',
  'dependants_in_need',
] as const;
export type Need = (typeof NEEDS)[number];

/** How much support an option of the grid means. */
export const INTENSITIES = ['light', 'medium', 'intensive'] as const;
export type Intensity = (typeof INTENSITIES)[number];

/** An amount is an integer in the currency's minor unit (cents for EUR, francs for XOF): sums never round. */
export const MAX_AMOUNT = 100_000_000;
/** The most elements a plan version holds, instalments an allocation has. */
export const MAX_ELEMENTS = 40;
export const MAX_INSTALMENTS = 12;

/**
 * A programme's name as grids are addressed by it (`grid-<country>-<programme>`) and allocations
 * name it: lower case, digits and dashes.
 */
export const PROGRAMME_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/;
