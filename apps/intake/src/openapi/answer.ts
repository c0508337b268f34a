import { getSchemaPath } from '@nestjs/swagger';
import schemas from './response-schemas.json';

/** The schemas of intake's answers, generated from the types in responses.ts. */
export const intakeResponses: Record<string, object> = schemas;
export type IntakeAnswer = keyof typeof schemas;

/** The schema of one answer, for @ApiOkResponse/@ApiCreatedResponse: a name that is not generated does not compile. */
export const answer = (name: IntakeAnswer) => ({ $ref: getSchemaPath(name) });
