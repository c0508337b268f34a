import type { FactorAssessment, IndividualFactor, ServiceNeeded, Urgency, VulnerabilityArea } from './vocabulary';

/**
 * One of the 17 factors of Table 2.1 assessed as a capacity, a vulnerability or neutral.
 * Which factor it is stays personal too: "sexual orientation: vulnerability" must never reach a topic.
 */
export interface IndividualFactorAssessed {
  type: 'intake.IndividualFactorAssessed';
  data: {
    caseId: string;
    assessedAt: string;
    personal: { factor: IndividualFactor; assessment: FactorAssessment; note: string };
  };
}

export interface VulnerabilityScreened {
  type: 'intake.VulnerabilityScreened';
  data: {
    caseId: string;
    screeningId: string;
    urgency: Urgency;
    screenedAt: string;
    /**
     * `derived`: the platform raised it (a child without an adult), nobody typed it in. Personal
     * like the area, since only a child's situation is ever derived.
     */
    personal: { area: VulnerabilityArea; details?: string; derived: boolean };
  };
}

/** Raised at once for a life-threatening or urgent finding; referrals acts on it. */
export interface UrgentNeedIdentified {
  type: 'intake.UrgentNeedIdentified';
  data: {
    caseId: string;
    returneeId: string;
    needId: string;
    screeningId: string;
    serviceNeeded: ServiceNeeded;
    urgency: Exclude<Urgency, 'routine'>;
    identifiedAt: string;
    office: string;
  };
}

export interface UrgentNeedAddressed {
  type: 'intake.UrgentNeedAddressed';
  data: { caseId: string; needId: string; addressedAt: string; personal?: { note?: string } };
}

export type AssessmentEvent = IndividualFactorAssessed | VulnerabilityScreened | UrgentNeedIdentified | UrgentNeedAddressed;
