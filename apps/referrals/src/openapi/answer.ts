import { answersOf } from '@homeward/platform';
import schemas from './response-schemas.json';

/** The schemas of referrals's answers, generated from the types in responses.ts, and the reference to one of them. */
export const { responses: referralsResponses, answer } = answersOf(schemas);
export type ReferralsAnswer = Parameters<typeof answer>[0];
