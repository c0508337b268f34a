import type { OperationObject, ResponseObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

export const ERROR_SCHEMA = 'Error';

/** The one error body every service answers (http/error.filter): a stable code, a message, the fields at fault. */
export const errorSchema: SchemaObject = {
  type: 'object',
  required: ['statusCode', 'code', 'message'],
  properties: {
    statusCode: { type: 'integer', minimum: 400, maximum: 599 },
    code: { type: 'string', example: 'INVALID_INPUT', description: 'Stable, for programs: INVALID_INPUT, CASE_NOT_FOUND, ROLE_NOT_ALLOWED…' },
    message: { type: 'string', description: 'For people, in English or French (Accept-Language)' },
    error: { type: 'string' },
    errors: {
      type: 'array',
      description: 'The fields at fault',
      items: { type: 'object', required: ['field', 'message'], properties: { field: { type: 'string', example: 'firstName' }, message: { type: 'string' } } },
    },
  },
  // Some codes carry their details (LIKELY_DUPLICATE: existingCaseIds, outsideYourScope).
  additionalProperties: true,
};

/** What answers an operation can give whatever its handler does: the platform's own. */
const PLATFORM: Record<string, string> = {
  '400': 'INVALID_INPUT naming the field: a parameter or body the rules refuse, a body on an operation that takes none, or a body that is not JSON, too large or too deep',
  '415': 'UNSUPPORTED_MEDIA_TYPE: a Content-Encoding or charset the service does not read',
};
const AUTHENTICATED: Record<string, string> = {
  '401': 'UNAUTHENTICATED: no bearer token, or one that is invalid, expired or lives too long',
  '403': 'ROLE_NOT_ALLOWED, or a rule of access the code names',
};
const WITH_PATH_IDS: Record<string, string> = { '404': 'CASE_NOT_FOUND, or what the path names is unknown or outside your countries' };

/**
 * Declares on one operation every error status the platform gives (each with the error body), and
 * puts the error body on the ones the controller declared with a description only.
 */
export function addErrorResponses(operation: OperationObject, facts: { authenticated: boolean; hasPathParameters: boolean }): void {
  const declared = [PLATFORM, facts.authenticated ? AUTHENTICATED : {}, facts.hasPathParameters ? WITH_PATH_IDS : {}];
  for (const statuses of declared) {
    for (const [status, description] of Object.entries(statuses)) operation.responses[status] ??= { description };
  }
  for (const [status, response] of Object.entries(operation.responses)) {
    if (!/^[45]\d\d$/.test(status) || !response || '$ref' in response) continue;
    const answer = response as ResponseObject;
    answer.content ??= { 'application/json': { schema: { $ref: `#/components/schemas/${ERROR_SCHEMA}` } } };
  }
}
