import { applyDecorators, HttpCode, Post, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Role } from '@homeward/events';
import { Roles } from '../auth/roles.decorator';

/** What a context's writes answer besides their success, in the words of its own rules (absent: not answered). */
export interface WriteAnswers {
  badRequest: string;
  forbidden: string;
  notFound?: string;
  conflict?: string;
  unprocessable?: string;
}

export interface WriteEndpointOptions {
  roles: readonly Role[];
  /** The success: what was done, and the schema of the answer (the stream's new version and the events appended, and any id made). */
  success: { description: string; schema: object };
  /** PUT: the whole of something as it now is, answered 200; otherwise a POST answered 201. */
  method?: 'POST' | 'PUT';
}

/**
 * One write route of a service, as every context's writes are: a POST (or PUT) for some roles, behind a
 * bearer token, whose refusals come from the command handler and the decider and so are declared once per
 * context. Each context binds it with its own texts (CaseWrite, PlanWrite…).
 */
export const WriteEndpoint = (path: string, answers: WriteAnswers, { roles, success, method = 'POST' }: WriteEndpointOptions) =>
  applyDecorators(
    method === 'PUT' ? Put(path) : Post(path),
    HttpCode(method === 'PUT' ? 200 : 201),
    Roles(...roles),
    ApiBearerAuth(),
    method === 'PUT' ? ApiOkResponse(success) : ApiCreatedResponse(success),
    ApiBadRequestResponse({ description: answers.badRequest }),
    ApiForbiddenResponse({ description: answers.forbidden }),
    ...(answers.notFound ? [ApiNotFoundResponse({ description: answers.notFound })] : []),
    ...(answers.conflict ? [ApiConflictResponse({ description: answers.conflict })] : []),
    ...(answers.unprocessable ? [ApiUnprocessableEntityResponse({ description: answers.unprocessable })] : []),
  );
