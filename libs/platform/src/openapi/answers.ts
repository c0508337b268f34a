import { getSchemaPath } from '@nestjs/swagger';

/**
 * A service's answer schemas (its generated response-schemas.json) and the reference to one of them,
 * for @ApiOkResponse/@ApiCreatedResponse: a name that is not generated does not compile.
 */
export function answersOf<S extends Record<string, object>>(schemas: S): { responses: Record<string, object>; answer: (name: keyof S & string) => { $ref: string } } {
  return { responses: schemas, answer: (name) => ({ $ref: getSchemaPath(name) }) };
}
