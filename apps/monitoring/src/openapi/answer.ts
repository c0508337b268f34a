import { getSchemaPath } from '@nestjs/swagger';
import schemas from './response-schemas.json';

/** The schemas of monitoring's answers, generated from the types in responses.ts. */
export const monitoringResponses: Record<string, object> = schemas;
export type MonitoringAnswer = keyof typeof schemas;

export const answer = (name: MonitoringAnswer) => ({ $ref: getSchemaPath(name) });
