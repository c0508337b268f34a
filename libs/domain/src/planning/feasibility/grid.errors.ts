import { defineErrors, DomainError } from '../../shared/domain-error';

/** The feasibility grid's own refusals, beside the plan's (planning.errors.ts). */
export const GRID_ERRORS = defineErrors({
  GRID_NOT_FOUND: { status: 404, en: 'No feasibility grid is published for this country and programme', fr: "Aucune grille de faisabilité n'est publiée pour ce pays et ce programme" },
  GRID_VERSION_NOT_FOUND: { status: 404, en: 'The grid has no version with this number', fr: "La grille n'a pas de version portant ce numéro" },
  GRID_VERSION_CONFLICT: { status: 409, en: 'The grid’s version is not the next one', fr: "La version de la grille n'est pas la suivante" },
  GRID_ID_CHANGED: { status: 409, en: 'Every version of a grid keeps its id', fr: 'Chaque version d’une grille garde son identifiant' },
  GRID_ROW_ID_REPEATED: { status: 400, en: 'Each row of a grid has its own id', fr: 'Chaque ligne de la grille a son propre identifiant' },
  GRID_ADDRESS_MISMATCH: { status: 400, en: 'The grid names another country or programme than its address', fr: "La grille indique un autre pays ou programme que son adresse" },
  GRID_PROGRAMME_REQUIRED: { status: 400, en: 'Several programmes have a grid for this country: name one', fr: 'Plusieurs programmes ont une grille pour ce pays : indiquez-en un' },
});

export type GridErrorCode = keyof typeof GRID_ERRORS;

export class GridError extends DomainError<GridErrorCode> {
  constructor(code: GridErrorCode, message?: string, field?: string, details?: Record<string, unknown>) {
    super(GRID_ERRORS, code, message, field, details);
  }
}
