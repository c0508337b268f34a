import Ajv from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { ErrorObject } from 'ajv';
import { feasibilityGridSchema, type FeasibilityGrid } from '@homeward/contracts/planning';
import { badRequest, textProblems, type FieldProblem } from '@homeward/platform';

const validGrid = addFormats(new Ajv({ allErrors: true, strict: true })).compile<FeasibilityGrid>(feasibilityGridSchema);

/** Past these, more problems only hide the first ones (a grid's 500 rows could each have some). */
const MAX_PROBLEMS = 20;

/**
 * An uploaded grid checked against its format, the contract's schema, before anything is read or
 * appended: a 400 naming each field at fault (`rows.3.need`), in the words of the caller's language.
 */
export function gridOf(body: unknown): FeasibilityGrid {
  // The text rules every form field follows (no control characters, no lone surrogates…), then the format.
  const text = textProblems(body);
  if (text.length) throw badRequest(text.slice(0, MAX_PROBLEMS));
  if (validGrid(body)) return body;
  const problems = new Map<string, FieldProblem>();
  for (const error of validGrid.errors ?? []) {
    const problem = problemOf(error);
    if (!problems.has(problem.field)) problems.set(problem.field, problem);
  }
  throw badRequest([...problems.values()].slice(0, MAX_PROBLEMS));
}

function problemOf(error: ErrorObject): FieldProblem {
  const at = error.instancePath.split('/').filter(Boolean).join('.');
  const under = (name: string) => [at, name].filter(Boolean).join('.');
  switch (error.keyword) {
    case 'required':
      return { field: under(String(error.params.missingProperty)), message: 'is required', fr: 'est obligatoire' };
    case 'additionalProperties':
      return { field: under(String(error.params.additionalProperty)), message: 'is not a field of the grid format', fr: "n'est pas un champ du format de la grille" };
    case 'enum':
    case 'const':
      return { field: at || 'body', message: 'is not one of the accepted values', fr: "n'est pas l'une des valeurs admises" };
    case 'type':
      return { field: at || 'body', message: `must be of type ${error.params.type}`, fr: `doit être de type ${error.params.type}` };
    case 'oneOf':
    case 'anyOf':
      return { field: at || 'body', message: 'does not match any of the accepted forms', fr: 'ne correspond à aucune des formes admises' };
    default:
      return { field: at || 'body', message: error.message ?? 'is invalid', fr: `ne respecte pas le format de la grille (${error.keyword})` };
  }
}

/** The grid's schema as OpenAPI 3.0 reads it (no `const`: a one-value enum), for the request body's description. */
export function openApiSchemaOf(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(openApiSchemaOf);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).map(([key, value]) => (key === 'const' ? ['enum', [value]] : [key, openApiSchemaOf(value)])));
}
