import { applyDecorators, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse } from '@nestjs/swagger';
import { Roles } from '@homeward/platform';
import { answer, type ReferralsAnswer } from '../openapi/answer';
import { DIRECTORY_KEEPERS } from './directory-access';
import { ApiProviderIdParam } from './provider-id.param';

interface ProviderWriteOptions {
  /** The schema of the success when the write returns more than ReferralWritten (the id it minted). */
  answers?: ReferralsAnswer;
  /** PUT: the whole profile as it now is, answered 200. */
  method?: 'POST' | 'PUT';
  conflicts?: string;
}

/**
 * A change to the directory. Every refusal but the input's comes from the country check and the
 * provider decider, so it is declared here once: only supervisors of the provider's country and admins write.
 */
export const ProviderWrite = (path: string, done: string, { answers = 'ReferralWritten', method = 'POST', conflicts }: ProviderWriteOptions = {}) => {
  const success = { description: `${done}; the provider's new stream version and the events appended`, schema: answer(answers) };
  const namesProvider = path.includes(':providerId');
  return applyDecorators(
    method === 'PUT' ? Put(path) : Post(path),
    HttpCode(method === 'PUT' ? 200 : 201),
    Roles(...DIRECTORY_KEEPERS),
    ApiBearerAuth(),
    method === 'PUT' ? ApiOkResponse(success) : ApiCreatedResponse(success),
    ApiBadRequestResponse({ description: 'INVALID_INPUT naming the fields, or a rule of the profile about them (PROVIDER_HAS_NO_SERVICE, SERVICE_TYPE_REPEATED, AREA_REPEATED, AGE_BOUNDS_INVERTED…)' }),
    ApiForbiddenResponse({ description: 'A role that does not keep the directory (ROLE_NOT_ALLOWED), or a provider outside your countries (OUT_OF_COUNTRY_SCOPE)' }),
    ...(namesProvider ? [ApiProviderIdParam(), ApiNotFoundResponse({ description: 'PROVIDER_NOT_FOUND' })] : []),
    ...(conflicts ? [ApiConflictResponse({ description: conflicts })] : []),
  );
};
