import { getSchemaPath } from '@nestjs/swagger';
import schemas from './response-schemas.json';

/** The schemas of planning's answers, generated from the types in responses.ts. */
export const planningResponses: Record<string, object> = schemas;
export type PlanningAnswer = keyof typeof schemas;

export const answer = (name: PlanningAnswer) => ({ $ref: getSchemaPath(name) });
