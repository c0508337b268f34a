import type { DataCategory } from '@homeward/contracts/intake';
import { PLAN_ELEMENT_TYPES, type PlanElementType } from '@homeward/contracts/planning';

/** The closed lists of referrals, in English codes; user-facing labels are translated elsewhere. */

/**
 * What a provider of the directory offers: the eleven plan elements of Annex 3 (a plan element is
 * referred to a provider of its own type), and the services urgent and unmet needs call for.
 */
export const SERVICE_TYPES = [...PLAN_ELEMENT_TYPES, 'emergency_health', 'mental_health', 'shelter', 'legal_aid'] as const;
// The same list as a union written out, not read from SERVICE_TYPES: the OpenAPI schema generator of
// the answers (npm run openapi:responses) cannot follow the spread above.
/** What a provider offers: one of the plan's element types, or a service urgent and unmet needs call for. */
export type ServiceType = PlanElementType | 'emergency_health' | 'mental_health' | 'shelter' | 'legal_aid';
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Fails to compile the day the list and the union differ (a service type added to one of them only). */
const SERVICE_TYPES_ARE_THE_UNION: Same<(typeof SERVICE_TYPES)[number], ServiceType> = true;
void SERVICE_TYPES_ARE_THE_UNION;

/**
 * Services whose very name next to a person is health data: the personal part of a referral to one
 * is sealed under the person's protection key (referrals' own sensitive class), as intake seals the screening behind an urgent need under its own.
 */
export const HEALTH_SERVICE_TYPES: readonly ServiceType[] = ['emergency_health', 'medical_health', 'mental_health', 'psychosocial'];

/** Who asked for a referral: a case manager, an element of the plan in force, an urgent need from intake. */
export const REFERRAL_SOURCES = ['case_manager', 'plan_element', 'urgent_need'] as const;
export type ReferralSourceKind = (typeof REFERRAL_SOURCES)[number];

/** How urgent an urgent referral is: intake's urgencies above routine. */
export const REFERRAL_URGENCIES = ['urgent', 'life_threatening'] as const;
export type ReferralUrgency = (typeof REFERRAL_URGENCIES)[number];

/** Every field of the returnee's data a referral can carry to a provider; each service type lets some of them leave. */
export const REFERRAL_FIELDS = ['firstName', 'lastName', 'sex', 'ageYears', 'language', 'phone', 'area', 'needSummary'] as const;
export type ReferralField = (typeof REFERRAL_FIELDS)[number];

/**
 * The category of intake's consent form each field falls under: a field leaves only under consent to
 * its category. A need summary is a case summary, and health data for a health service.
 */
export const FIELD_CATEGORY: Readonly<Record<ReferralField, DataCategory>> = {
  firstName: 'identity',
  lastName: 'identity',
  sex: 'identity',
  ageYears: 'identity',
  language: 'identity',
  phone: 'contact',
  area: 'contact',
  needSummary: 'case_summary',
};

/** Why a provider declines a referral. */
export const DECLINE_REASONS = ['not_eligible', 'no_capacity', 'service_not_available', 'returnee_unreachable', 'returnee_refused', 'other'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/** What the follow-up found: the handbook's referral process ends with one. */
export const FOLLOW_UP_OUTCOMES = ['need_met', 'need_partly_met', 'need_not_met'] as const;
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];

/** Why a referral is closed. */
export const REFERRAL_CLOSURE_REASONS = ['service_completed', 'declined', 'no_longer_needed', 'consent_withdrawn', 'returnee_withdrew', 'other'] as const;
export type ReferralClosureReason = (typeof REFERRAL_CLOSURE_REASONS)[number];

/** Why a referral stops for now. */
export const HOLD_REASONS = ['consent_withdrawn'] as const;
export type HoldReason = (typeof HOLD_REASONS)[number];

/** Why a referral left without the returnee's consent to sharing. */
export const EMERGENCY_EXCEPTION_REASONS = ['life_threatening_need'] as const;
export type EmergencyExceptionReason = (typeof EMERGENCY_EXCEPTION_REASONS)[number];

/**
 * What the consent register answered when an emergency went ahead without consent: no form for that
 * provider yet, or one not yet in force. A refusal or a withdrawal of hers is never overridden.
 */
export const CONSENT_ABSENCES = ['NO_CONSENT', 'NOT_YET_VALID'] as const;
export type ConsentAbsence = (typeof CONSENT_ABSENCES)[number];

/** Where an urgent referral stood when its acknowledgement time passed: still unsent (no consent yet), or sent and unanswered. */
export const ESCALATION_STAGES = ['not_sent', 'not_acknowledged'] as const;
export type EscalationStage = (typeof ESCALATION_STAGES)[number];

/** Why a provider of the directory stops receiving referrals. */
export const PROVIDER_SUSPENSION_REASONS = ['quality_concerns', 'safety_concerns', 'agreement_ended', 'not_operating', 'other'] as const;
export type ProviderSuspensionReason = (typeof PROVIDER_SUSPENSION_REASONS)[number];

/** Why an unmet need is no longer tracked, short of being met. */
export const UNMET_NEED_CLOSURE_REASONS = ['no_longer_needed', 'relocated', 'returnee_withdrew', 'other'] as const;
export type UnmetNeedClosureReason = (typeof UNMET_NEED_CLOSURE_REASONS)[number];

/** Bounds shared by the schemas and the rules. */
export const MAX_PROVIDER_AREAS = 100;
export const MAX_PROVIDER_SERVICES = SERVICE_TYPES.length;
export const MAX_SAFETY_PLAN_ITEMS = 20;
/** The longest an urgent referral may wait for its acknowledgement before escalation: a week. */
export const MAX_ACKNOWLEDGE_HOURS = 168;
