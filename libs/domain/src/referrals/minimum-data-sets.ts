import { FIELD_CATEGORY, HEALTH_SERVICE_TYPES, type ReferralField, type ServiceType } from '@homeward/contracts/referrals';
import type { DataCategory } from '@homeward/contracts/intake';

/**
 * The most a referral for each service type may carry (data minimisation): a provider learns who to
 * call and what it needs to serve the person, and nothing else. Everyone needs a name and a number;
 * age and sex only where eligibility turns on them; the need itself only where the service cannot
 * start without it. Changing a line here is a decision about people's data: review it as one.
 */
export const MINIMUM_DATA_SETS: Readonly<Record<ServiceType, readonly ReferralField[]>> = {
  financial_allocation: ['firstName', 'lastName', 'phone', 'area'],
  income_generating_activity: ['firstName', 'lastName', 'phone', 'language', 'area'],
  vocational_training: ['firstName', 'lastName', 'phone', 'language', 'sex', 'ageYears', 'area'],
  housing_food_nutrition: ['firstName', 'lastName', 'phone', 'area', 'needSummary'],
  legal_documentation: ['firstName', 'lastName', 'phone', 'language', 'needSummary'],
  education_skills: ['firstName', 'lastName', 'phone', 'language', 'ageYears', 'area'],
  medical_health: ['firstName', 'lastName', 'phone', 'language', 'sex', 'ageYears', 'needSummary'],
  transport: ['firstName', 'lastName', 'phone', 'area'],
  security: ['firstName', 'lastName', 'phone', 'language', 'area', 'needSummary'],
  psychosocial: ['firstName', 'lastName', 'phone', 'language', 'sex', 'ageYears', 'needSummary'],
  family_needs_counselling: ['firstName', 'lastName', 'phone', 'language', 'area'],
  emergency_health: ['firstName', 'lastName', 'phone', 'language', 'sex', 'ageYears', 'area', 'needSummary'],
  mental_health: ['firstName', 'lastName', 'phone', 'language', 'sex', 'ageYears', 'needSummary'],
  shelter: ['firstName', 'lastName', 'phone', 'language', 'sex', 'ageYears', 'needSummary'],
  legal_aid: ['firstName', 'lastName', 'phone', 'language', 'needSummary'],
};

/** The consent category a field leaves under: a need summary sent to a health service is health data. */
export const categoryOf = (field: ReferralField, serviceType: ServiceType): DataCategory =>
  field === 'needSummary' && HEALTH_SERVICE_TYPES.includes(serviceType) ? 'health' : FIELD_CATEGORY[field];
