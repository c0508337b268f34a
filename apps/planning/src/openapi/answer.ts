import { answersOf } from '@homeward/platform';
import schemas from './response-schemas.json';

/** The schemas of planning's answers, generated from the types in responses.ts, and the reference to one of them. */
export const { responses: planningResponses, answer } = answersOf(schemas);
export type PlanningAnswer = Parameters<typeof answer>[0];
