import { applyDecorators } from '@nestjs/common';
import { WriteEndpoint } from '@homeward/platform';
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
  const namesProvider = path.includes(':providerId');
  return applyDecorators(
    WriteEndpoint(
      path,
      {
        badRequest: 'INVALID_INPUT naming the fields, or a rule of the profile about them (PROVIDER_HAS_NO_SERVICE, SERVICE_TYPE_REPEATED, AREA_REPEATED, AGE_BOUNDS_INVERTED…)',
        forbidden: 'A role that does not keep the directory (ROLE_NOT_ALLOWED), or a provider outside your countries (OUT_OF_COUNTRY_SCOPE)',
        notFound: namesProvider ? 'PROVIDER_NOT_FOUND' : undefined,
        conflict: conflicts,
      },
      { roles: DIRECTORY_KEEPERS, method, success: { description: `${done}; the provider's new stream version and the events appended`, schema: answer(answers) } },
    ),
    ...(namesProvider ? [ApiProviderIdParam()] : []),
  );
};
