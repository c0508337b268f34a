import { NotFoundException, UnauthorizedException, type ArgumentsHost } from '@nestjs/common';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsISO8601, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { InvalidEventError, PersonalDataErased, WrongExpectedVersionError } from '@homeward/events';
import { assertCountryScope } from '../auth/principal';
import { createLogger } from '../observability/logger';
import { ErrorFilter } from './error.filter';
import type { Language } from './i18n/negotiate';
import type { LocalisedError } from './localised-error';
import { strictValidationPipe } from './validation';

interface Answer {
  status: number;
  language?: string;
  body: Record<string, unknown>;
}

/**
 * A context the platform has never heard of, declared here as any context declares its own: codes
 * with their status and texts beside its rules. Nothing in the platform lists it.
 */
const LIBRARY_ERRORS = {
  BOOK_ALREADY_LENT: { status: 409, en: 'This book is already lent', fr: 'Ce livre est déjà prêté' },
  BOOK_NOT_FOUND: { status: 404, en: 'No book has this id', fr: 'Aucun livre ne porte cet identifiant' },
  MEMBER_SUSPENDED: { status: 403, en: 'This member may not borrow', fr: 'Ce membre ne peut pas emprunter' },
} as const;

class LibraryError extends Error implements LocalisedError {
  readonly status: number;
  constructor(
    readonly code: keyof typeof LIBRARY_ERRORS,
    message?: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message ?? LIBRARY_ERRORS[code].en);
    this.status = LIBRARY_ERRORS[code].status;
  }

  messageIn(language: Language): string {
    return language === 'en' ? this.message : LIBRARY_ERRORS[this.code][language];
  }
}

function answer(error: unknown, acceptLanguage?: string): Answer {
  const out: Answer = { status: 0, body: {} };
  const request = { headers: acceptLanguage === undefined ? {} : { 'accept-language': acceptLanguage } };
  const response = {
    setHeader: (name: string, value: string) => name.toLowerCase() === 'content-language' && (out.language = value),
    status: (s: number) => ((out.status = s), { json: (b: Record<string, unknown>) => (out.body = b) }),
  };
  const host = { switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }) } as unknown as ArgumentsHost;
  new ErrorFilter(createLogger('test', 'silent')).catch(error, host);
  return out;
}

describe('One error shape for every service', () => {
  it('answers a version conflict with 409', () => {
    expect(answer(new WrongExpectedVersionError('case-1', 2, 3))).toMatchObject({ status: 409, body: { code: 'WRONG_EXPECTED_VERSION' } });
  });

  it('answers a broken rule with its status, code and field', () => {
    const { status, body } = answer(new LibraryError('BOOK_ALREADY_LENT', 'Book b-1 is already lent', 'bookId'));
    expect(status).toBe(409);
    expect(body).toEqual({ statusCode: 409, code: 'BOOK_ALREADY_LENT', message: 'bookId: Book b-1 is already lent', errors: [{ field: 'bookId', message: 'Book b-1 is already lent' }] });
  });

  it('answers an event refused by the catalogue with 422, and anything unexpected with a bare 500', () => {
    expect(answer(new InvalidEventError('x', ['data/a must be string'])).status).toBe(422);
    const crash = answer(new Error('secret detail from the database'));
    expect(crash).toEqual({ status: 500, language: 'en', body: { statusCode: 500, code: 'INTERNAL', message: 'Internal error' } });
  });
});

class Member {
  @IsString()
  @Length(1, 100)
  firstName!: string;

  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateOfBirth must be a date as YYYY-MM-DD', context: { fr: 'doit être une date au format AAAA-MM-JJ' } })
  dateOfBirth!: string;
}

class Household {
  @IsIn(['MA', 'SN'])
  hostCountry!: string;

  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => Member)
  familyMembers!: Member[];
}

const badHousehold = { hostCountry: 'XX', familyMembers: [{ firstName: 'Awa', dateOfBirth: '2019-06-01' }, { firstName: '', dateOfBirth: '01/06/2019' }], pet: 'cat' };

async function refused(body: unknown): Promise<unknown> {
  return strictValidationPipe().transform(body, { type: 'body', metatype: Household }).then(
    () => { throw new Error('the body was accepted'); },
    (error: unknown) => error,
  );
}

describe('Errors in the language the caller asks for', () => {
  it('names every field at fault with its dotted path, in class-validator English by default', async () => {
    const { status, language, body } = answer(await refused(badHousehold));
    expect({ status, language }).toEqual({ status: 400, language: 'en' });
    expect(body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      code: 'INVALID_INPUT',
      message: expect.stringContaining('familyMembers.1.firstName: firstName must be longer than or equal to 1 characters'),
      errors: [
        { field: 'pet', message: 'property pet should not exist' },
        { field: 'hostCountry', message: 'hostCountry must be one of the following values: MA, SN' },
        { field: 'familyMembers.1.firstName', message: 'firstName must be longer than or equal to 1 characters' },
        { field: 'familyMembers.1.dateOfBirth', message: 'dateOfBirth must be a date as YYYY-MM-DD' },
        { field: 'familyMembers.1.dateOfBirth', message: 'dateOfBirth must be a valid ISO 8601 date string' },
      ],
    });
  });

  it('says the same in French, using the decorator\'s own French where it gives one', async () => {
    const { status, language, body } = answer(await refused(badHousehold), 'fr-FR,fr;q=0.9,en;q=0.8');
    expect({ status, language }).toEqual({ status: 400, language: 'fr' });
    expect(body.errors).toEqual([
      { field: 'pet', message: "la propriété pet n'est pas autorisée" },
      { field: 'hostCountry', message: "doit être l'une des valeurs suivantes : MA, SN" },
      { field: 'familyMembers.1.firstName', message: 'doit contenir entre 1 et 100 caractères' },
      { field: 'familyMembers.1.dateOfBirth', message: 'doit être une date au format AAAA-MM-JJ' },
      { field: 'familyMembers.1.dateOfBirth', message: 'doit être une date ISO 8601 valide' },
    ]);
    expect(body.message).toBe((body.errors as { field: string; message: string }[]).map((e) => `${e.field}: ${e.message}`).join('; '));
    expect(body).toMatchObject({ statusCode: 400, error: 'Bad Request', code: 'INVALID_INPUT' });
  });

  it('answers a broken rule in French with its field and details, and in English as the rule said it', () => {
    const lent = new LibraryError('BOOK_ALREADY_LENT', 'Book b-1 is lent until 2026-12-01', 'bookId', { dueOn: '2026-12-01' });
    const fr = answer(lent, 'fr');
    expect(fr).toEqual({
      status: 409,
      language: 'fr',
      body: { statusCode: 409, code: 'BOOK_ALREADY_LENT', message: 'bookId: Ce livre est déjà prêté', errors: [{ field: 'bookId', message: 'Ce livre est déjà prêté' }], dueOn: '2026-12-01' },
    });
    const en = answer(lent, 'en-GB');
    expect(en).toMatchObject({ status: 409, language: 'en', body: { message: 'bookId: Book b-1 is lent until 2026-12-01', dueOn: '2026-12-01' } });
  });

  it('gives every code of a context it has never heard of its own status and texts, with no list in the platform naming them', () => {
    for (const [code, entry] of Object.entries(LIBRARY_ERRORS) as [keyof typeof LIBRARY_ERRORS, (typeof LIBRARY_ERRORS)[keyof typeof LIBRARY_ERRORS]][]) {
      const error = new LibraryError(code);
      expect(answer(error, 'fr')).toEqual({ status: entry.status, language: 'fr', body: { statusCode: entry.status, code, message: entry.fr, errors: [] } });
      expect(answer(error)).toEqual({ status: entry.status, language: 'en', body: { statusCode: entry.status, code, message: entry.en, errors: [] } });
    }
  });

  it('takes as a broken rule only an Error with a code, a status and its texts', () => {
    const lookalike = Object.assign(new Error('not quite'), { code: 'BOOK_NOT_FOUND', status: 404 });
    expect(answer(lookalike)).toMatchObject({ status: 500, body: { code: 'INTERNAL' } });
    const plain = { code: 'BOOK_NOT_FOUND', status: 404, messageIn: () => 'no book' };
    expect(answer(plain)).toMatchObject({ status: 500, body: { code: 'INTERNAL' } });
  });

  it('translates the platform\'s own refusals by code, and leaves a code it does not know in English', () => {
    let outOfScope: unknown;
    try {
      assertCountryScope({ userId: 'cm-1', role: 'case_manager', countries: ['MA'] }, 'SN');
    } catch (error) {
      outOfScope = error;
    }
    expect(answer(outOfScope, 'fr')).toMatchObject({ status: 403, language: 'fr', body: { code: 'OUT_OF_COUNTRY_SCOPE', message: 'Votre périmètre ne couvre aucun des pays concernés' } });
    const noToken = new UnauthorizedException({ code: 'UNAUTHENTICATED', message: 'A bearer token is required' });
    expect(answer(noToken, 'fr').body.message).toMatch(/jeton/);
    const unknown = new NotFoundException({ code: 'SOMETHING_ELSE', message: 'Nothing here' });
    expect(answer(unknown, 'fr')).toMatchObject({ status: 404, language: 'en', body: { code: 'SOMETHING_ELSE', message: 'Nothing here' } });
  });

  it('answers a write about someone erased as a conflict (409), naming no one, in French too', () => {
    const erased = new PersonalDataErased('0190a1b2-0000-7000-8000-0000000000aa');
    expect(answer(erased)).toMatchObject({ status: 409, body: { statusCode: 409, code: 'PERSONAL_DATA_ERASED' } });
    expect(JSON.stringify(answer(erased).body)).not.toContain('0190a1b2');
    expect(answer(erased, 'fr')).toMatchObject({ status: 409, language: 'fr', body: { message: expect.stringMatching(/effacées/) } });
  });

  it('says conflicts, refused events, unreadable bodies and crashes in French too', () => {
    expect(answer(new WrongExpectedVersionError('case-1', 2, 3), 'fr').body.message).toMatch(/a changé depuis votre lecture/);
    expect(answer(new InvalidEventError('intake.X', ['data/a must be string']), 'fr').body.message).toMatch(/^L'événement intake.X est refusé .*data\/a must be string$/);
    const tooLarge = Object.assign(new Error('request entity too large'), { type: 'entity.too.large', limit: 65536 });
    expect(answer(tooLarge, 'fr')).toMatchObject({ status: 400, language: 'fr', body: { code: 'INVALID_INPUT', errors: [{ field: 'body', message: 'dépasse 65536 octets' }] } });
    expect(answer(tooLarge).body.message).toBe('body: is larger than 65536 bytes');
    expect(answer(new Error('boom'), 'fr').body).toEqual({ statusCode: 500, code: 'INTERNAL', message: 'Erreur interne' });
  });
});
