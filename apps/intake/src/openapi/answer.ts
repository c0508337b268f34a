import { answersOf } from '@homeward/platform';
import schemas from './response-schemas.json';

/** The schemas of intake's answers, generated from the types in responses.ts, and the reference to one of them. */
export const { responses: intakeResponses, answer } = answersOf(schemas);
export type IntakeAnswer = Parameters<typeof answer>[0];
