import { answersOf } from '@homeward/platform';
import schemas from './response-schemas.json';

/** The schemas of monitoring's answers, generated from the types in responses.ts, and the reference to one of them. */
export const { responses: monitoringResponses, answer } = answersOf(schemas);
export type MonitoringAnswer = Parameters<typeof answer>[0];
