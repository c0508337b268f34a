import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches, ValidateIf } from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/*
 * What the API description says of them (context.schema, read by openapi/validation-schema): the
 * format, and the pattern narrowed to what IsISO8601 also takes. It refuses the years 0000-0099
 * (validator.js reads them as 19xx) and a leap second, which `format` alone would allow.
 */
const YEAR = '(?:0[1-9]|[1-9][0-9])[0-9]{2}';
const DAY_SCHEMA = { format: 'date', pattern: `^${YEAR}-[0-9]{2}-[0-9]{2}$` };
const INSTANT_SCHEMA = { format: 'date-time', pattern: `^${YEAR}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-5][0-9](\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$` };

/** A calendar day, as the forms write it. Whether it may lie in the future is the domain's call. */
export const IsDay = () =>
  applyDecorators(
    IsISO8601({ strict: true }),
    Matches(DAY, { message: '$property must be a date as YYYY-MM-DD', context: { fr: 'doit être une date au format AAAA-MM-JJ', schema: DAY_SCHEMA } }),
  );

/** An instant with its time zone, so an appointment means the same hour in both offices. */
export const IsInstant = () =>
  applyDecorators(
    IsISO8601({ strict: true }),
    Matches(INSTANT, {
      message: '$property must be a date and time with a time zone, such as 2026-12-01T09:30:00Z',
      context: { fr: 'doit être une date et une heure avec fuseau horaire, par exemple 2026-12-01T09:30:00Z', schema: INSTANT_SCHEMA },
    }),
  );

/** An ISO 3166-1 alpha-2 country, such as the example the message gives. */
export const IsCountry = (example = 'SN') =>
  Matches(/^[A-Z]{2}$/, {
    message: `$property must be an ISO 3166-1 alpha-2 code such as ${example}`,
    context: { fr: 'doit être un code pays ISO 3166-1 alpha-2, par exemple SN' },
  });

export const IsLanguage = (options: { each?: boolean } = {}) =>
  Matches(/^[a-z]{2,3}$/, {
    ...options,
    message: options.each ? 'each of $property must be an ISO 639 code such as fr' : '$property must be an ISO 639 code such as fr',
    context: { fr: 'doit être un code ISO 639, par exemple fr' },
  });

/**
 * May be left out, but not sent as null: IsOptional lets null through, and a null that
 * reaches an event is refused by its schema instead of here, naming the field.
 */
export const Optional = () => ValidateIf((_object: object, value: unknown) => value !== undefined);
