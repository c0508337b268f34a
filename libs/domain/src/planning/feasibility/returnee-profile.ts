import type { FactorAssessment, IndividualFactor, Urgency, VulnerabilityArea } from '@homeward/contracts/intake';
import type { Need } from '@homeward/contracts/planning';

/**
 * What the grid is read against: the needs identified with the returnee, the individual factors
 * (Table 2.1) and vulnerabilities intake assessed, age and family. Built by the service from what
 * intake shared and the case manager recorded; nothing here is guessed.
 */
export interface ReturneeProfile {
  needs: Need[];
  factors: { factor: IndividualFactor; assessment: FactorAssessment }[];
  vulnerabilities: { area: VulnerabilityArea; urgency: Urgency }[];
  /** Completed years on the day of the proposal; unknown, no age condition holds. */
  age?: number;
  familyInCase: boolean;
}
