import type { FactorAssessment, IndividualFactor, Urgency, VulnerabilityArea } from '@homeward/contracts/intake';
import type { Dimension, Intensity, Need, PlanElementType, Responsibility } from './vocabulary';

/**
 * When an option of the grid fits the person (handbook 2.3.1: nature, duration and intensity fit the
 * needs, capacities and intentions of the returnee and family). Every condition of a row must hold.
 */
export type GridCondition =
  /** An individual factor of Table 2.1 assessed so (skills as a capacity, say). */
  | { kind: 'factor'; factor: IndividualFactor; assessment: FactorAssessment }
  /** A vulnerability screened in this area, at one of these urgencies (any, if unsaid). */
  | { kind: 'vulnerability'; area: VulnerabilityArea; urgencies?: Urgency[] }
  /** The returnee's age in completed years, within bounds. */
  | { kind: 'age'; min?: number; max?: number }
  /** Another need identified besides the row's own. */
  | { kind: 'need'; need: Need }
  /** The returnee came back with family members who are part of the case. */
  | { kind: 'family_in_case' };
export type GridConditionKind = GridCondition['kind'];

/** One option of the grid: for a need, what can be offered, in which dimension, how long, how intensely, under which conditions. */
export interface GridRow {
  rowId: string;
  need: Need;
  dimension: Dimension;
  elementType: PlanElementType;
  /** What is offered, in the grid's words: the proposed element's description. */
  option: string;
  durationMonths?: { min: number; max: number };
  intensity: Intensity;
  responsibility: Responsibility;
  conditions: GridCondition[];
}

/** A programme's grid for a country, versioned: a plan element proposed from it names the version. */
export interface FeasibilityGrid {
  gridId: string;
  country: string;
  programme: string;
  version: number;
  validFrom: string;
  /** Set on grids shipped for illustration: never a programme's real grid. */
  example?: boolean;
  source?: string;
  rows: GridRow[];
}
