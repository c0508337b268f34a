import { applyDecorators } from '@nestjs/common';
import { IsIn, IsISO8601, Matches, ValidateIf } from 'class-validator';
import { COUNTRY_CODES, LANGUAGE_CODES } from './iso-codes';

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

/** A country of ISO 3166-1 (alpha-2, as assigned: ZZ is in no list), such as the example the message gives. */
export const IsCountry = (example = 'SN') =>
  IsIn(COUNTRY_CODES, {
    message: `$property must be an ISO 3166-1 alpha-2 country code such as ${example}`,
    context: { fr: `doit être un code pays ISO 3166-1 alpha-2, par exemple ${example}` },
  });

/** A language of ISO 639: a 639-1 code (fr, wo) or a 639-3 one (fuc, snk). */
export const IsLanguage = (options: { each?: boolean } = {}) =>
  IsIn(LANGUAGE_CODES, {
    ...options,
    message: options.each ? 'each of $property must be an ISO 639 language code such as fr' : '$property must be an ISO 639 language code such as fr',
    context: { fr: 'doit être un code de langue ISO 639, par exemple fr' },
  });

/**
 * A name as people write theirs: letters (any script) with their marks, spaces, apostrophes,
 * hyphens and dots, and the joiners and direction marks Arabic and Indic scripts need; at least
 * one letter. Digits are let through (a transcribed document may carry them; a test run's
 * names do). Symbols and names without a letter ("-", ".", "?") are typing errors.
 */
const PERSON_NAME = /^(?=.*\p{L})[\p{L}\p{M}\p{N}\p{Zs}'’ʼ‘.\-‐\u200C\u200D\u200E\u200F]+$/u;

export const IsPersonName = () =>
  Matches(PERSON_NAME, {
    message: '$property must be a name: letters, with spaces, apostrophes, hyphens or dots between them',
    context: { fr: 'doit être un nom : des lettres, avec espaces, apostrophes, traits d’union ou points' },
  });

/**
 * May be left out, but not sent as null: IsOptional lets null through, and a null that
 * reaches an event is refused by its schema instead of here, naming the field.
 */
export const Optional = () => ValidateIf((_object: object, value: unknown) => value !== undefined);
