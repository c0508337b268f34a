import { applyDecorators, Param } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { badRequest } from '@homeward/platform';

/** A provider's id: the UUID the directory minted, or a readable one (the example directory's `prov-clinique-espoir`). */
const PROVIDER_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** The provider the path names, or a 400 naming it before a stream is read. */
export const ProviderIdParam = () =>
  Param('providerId', {
    transform: (value: string): string => {
      if (!PROVIDER_ID.test(value)) {
        throw badRequest([
          { field: 'providerId', message: 'providerId must be a provider id: letters, digits, hyphens, at most 64', fr: 'doit être un identifiant de prestataire : lettres, chiffres, traits d’union, 64 au plus' },
        ]);
      }
      return value;
    },
  });

export const ApiProviderIdParam = () =>
  applyDecorators(ApiParam({ name: 'providerId', schema: { type: 'string', pattern: PROVIDER_ID.source, maxLength: 64 }, description: 'The organisation, as the directory names it' }));
