import { definedFields, evolveCase, initialCaseState } from '@homeward/domain';
import { HEALTH_AREAS, SENSITIVE_FACTORS, type CaseEvent, type DataCategory, type IndividualFactor, type IndividualFactorAssessed } from '@homeward/contracts/intake';

/** Health and disability leave only under consent to the health category. */
const HEALTH_FACTORS: readonly IndividualFactor[] = ['health_and_wellbeing', 'disability'];

type Disclosure = Partial<Record<DataCategory, unknown>>;

/**
 * The least a recipient needs for each consented category, taken from the case's history
 * as it stood when the disclosure was recorded. Free-text counselling notes never leave.
 */
export function disclosurePackage(history: Array<{ type: string; data: unknown }>, categories: DataCategory[]): Disclosure {
  const events = history as CaseEvent[];
  return Object.fromEntries(categories.map((category) => [category, PICK[category](events)]));
}

const PICK: Record<DataCategory, (events: CaseEvent[]) => unknown> = {
  identity: (events) => {
    const registered = latest(events, 'intake.ReturneeRegistered')?.data;
    if (!registered) return {};
    const { firstName, lastName, dateOfBirth } = registered.personal ?? {};
    // Corrections apply in order: what leaves is the identity as it is now, not as first typed.
    const corrected = events.reduce(
      (identity, e) => (e.type === 'intake.IdentityCorrected' ? { ...identity, ...withoutReason(e.data.personal), ...definedFields({ sex: e.data.sex, nationality: e.data.nationality }) } : identity),
      { firstName, lastName, dateOfBirth, sex: registered.sex, nationality: registered.nationality } as Record<string, unknown>,
    );
    return definedFields(corrected);
  },
  contact: (events) => {
    const { phone, email, address } = latest(events, 'intake.ContactDetailsChanged')?.data.personal ?? latest(events, 'intake.ReturneeRegistered')?.data.personal ?? {};
    return definedFields({ phone, email, address });
  },
  case_summary: (events) => {
    const state = events.reduce(evolveCase, initialCaseState());
    if (state.status === 'none') return {};
    const { hostCountry, countryOfOrigin, office, status, arrivalDate } = state;
    return definedFields({ hostCountry, countryOfOrigin, office, status, arrivalDate });
  },
  return_circumstances: (events) => {
    const recorded = latest(events, 'intake.ReturnCircumstancesRecorded')?.data;
    if (!recorded) return null;
    const { timeAbroadMonths, returnType, detained, detentionDays, preparedness, documentsHeld } = recorded;
    return definedFields({ timeAbroadMonths, returnType, detained, detentionDays, preparedness, documentsHeld });
  },
  // Sensitive factors never leave with the others; sexual orientation never leaves at all: no category covers it.
  individual_factors: (events) => currentFactors(events).filter((f) => !SENSITIVE_FACTORS.includes(f.factor)),
  vulnerabilities: (events) =>
    screenings(events)
      .filter((s) => !HEALTH_AREAS.includes(s.area))
      .map(({ area, urgency, screenedAt }) => ({ area, urgency, screenedAt })),
  health: (events) => ({
    factors: currentFactors(events).filter((f) => HEALTH_FACTORS.includes(f.factor)),
    screenings: screenings(events).filter((s) => HEALTH_AREAS.includes(s.area)),
  }),
  plan: (events) => {
    const designed = [...events].reverse().find((e) => e.type === 'intake.CounsellingStepRecorded' && e.data.personal.step === 'plan_design');
    if (designed?.type !== 'intake.CounsellingStepRecorded' || designed.data.personal.step !== 'plan_design') return null;
    const { goals, strengths, lifePlan } = designed.data.personal;
    return { goals, strengths, lifePlan, designedAt: designed.data.recordedAt };
  },
};

type Of<T extends CaseEvent['type']> = Extract<CaseEvent, { type: T }>;

const ofType = <T extends CaseEvent['type']>(events: CaseEvent[], type: T): Of<T>[] => events.filter((e): e is Of<T> => e.type === type);
const latest = <T extends CaseEvent['type']>(events: CaseEvent[], type: T): Of<T> | undefined => ofType(events, type).at(-1);

/** The latest assessment of each factor: the current profile. */
function currentFactors(events: CaseEvent[]) {
  const byFactor = new Map<IndividualFactor, IndividualFactorAssessed['data']['personal'] & { assessedAt: string }>();
  for (const { data } of ofType(events, 'intake.IndividualFactorAssessed')) byFactor.set(data.personal.factor, { ...data.personal, assessedAt: data.assessedAt });
  return [...byFactor.values()];
}

function screenings(events: CaseEvent[]) {
  return ofType(events, 'intake.VulnerabilityScreened').map(({ data }) => ({
    area: data.personal.area,
    urgency: data.urgency,
    screenedAt: data.screenedAt,
    ...(data.personal.details ? { details: data.personal.details } : {}),
  }));
}

function withoutReason(personal: { reason?: string; gender?: string } & Record<string, unknown> = {}): Record<string, unknown> {
  const { reason, gender, ...identity } = personal;
  return identity;
}
