import type { FeasibilityGrid, GridCondition, GridRow, Need } from '@homeward/contracts/planning';
import { holds } from './conditions';
import type { PlanElement } from '../plan-content';
import type { ReturneeProfile } from './returnee-profile';

/** A candidate element, ready to accept into a draft (with an id) or to edit or reject, and why the grid offers it. */
export interface Proposal {
  element: Omit<PlanElement, 'elementId'>;
  row: GridRow;
  /** The need the row answers and every condition that holds for this returnee. */
  justification: { need: Need; conditions: GridCondition[] };
  durationMonths?: { min: number; max: number };
}

export interface Proposals {
  grid: { gridId: string; version: number; country: string; programme: string; example: boolean };
  candidates: Proposal[];
  /** Needs for which the grid offers nothing that fits: for the case manager to answer otherwise, or record as unmet. */
  unanswered: Need[];
}

/**
 * Reads a feasibility grid against a returnee's profile (handbook 2.3.1): each row whose need was
 * identified and whose every condition holds proposes its option, in the grid's order. Support is
 * modular; the case manager accepts, edits or rejects each candidate.
 */
export function propose(profile: ReturneeProfile, grid: FeasibilityGrid): Proposals {
  const candidates = grid.rows.filter((row) => profile.needs.includes(row.need) && row.conditions.every((c) => holds(c, profile))).map((row) => proposal(row, grid));
  const answered = new Set(candidates.map((c) => c.row.need));
  return {
    grid: { gridId: grid.gridId, version: grid.version, country: grid.country, programme: grid.programme, example: grid.example ?? false },
    candidates,
    unanswered: [...new Set(profile.needs)].filter((need) => !answered.has(need)),
  };
}

function proposal(row: GridRow, grid: FeasibilityGrid): Proposal {
  return {
    element: {
      type: row.elementType,
      description: row.option,
      responsibility: row.responsibility,
      status: 'planned',
      fromGrid: { gridId: grid.gridId, gridVersion: grid.version, rowId: row.rowId },
    },
    row,
    justification: { need: row.need, conditions: row.conditions },
    ...(row.durationMonths ? { durationMonths: row.durationMonths } : {}),
  };
}
