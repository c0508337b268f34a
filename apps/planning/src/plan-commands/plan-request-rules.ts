import { applyDecorators, Param } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { badRequest } from '@homeward/platform';

/** An id another system or the case manager gives (an element, a provider of the directory, a grid row): as the events hold ids. */
export const IsReference = () => applyDecorators(IsString(), Length(1, 64));

const MAX_VERSION = 1000;

/** The version a command names, in the path: a whole number from 1, or a 400 naming it before a stream is read. */
export const VersionParam = () =>
  Param('version', {
    transform: (value: string): number => {
      const version = /^[0-9]{1,4}$/.test(value) ? Number(value) : 0;
      if (version < 1 || version > MAX_VERSION) {
        throw badRequest([{ field: 'version', message: `version must be a whole number from 1 to ${MAX_VERSION}`, fr: `doit être un nombre entier de 1 à ${MAX_VERSION}` }]);
      }
      return version;
    },
  });

export const ApiVersionParam = () =>
  ApiParam({ name: 'version', schema: { type: 'integer', minimum: 1, maximum: MAX_VERSION }, description: "The plan's latest version, as the caller read it" });
