import { NotFoundException, UnauthorizedException, type ArgumentsHost } from '@nestjs/common';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsISO8601, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { DomainError } from '@homeward/domain';
import { InvalidEventError, WrongExpectedVersionError } from '@homeward/events';
import { assertCountryScope } from '../auth/principal';
import { createLogger } from '../observability/logger';
import { ErrorFilter } from './error.filter';
import { strictValidationPipe } from './validation';

interface Answer {
  status: number;
  language?: string;
  body: Record<string, unknown>;
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
    const { status, body } = answer(new DomainError('CASE_ALREADY_OPEN', 'Case c-1 is already open', 'caseId'));
    expect(status).toBe(409);
    expect(body).toMatchObject({ code: 'CASE_ALREADY_OPEN', errors: [{ field: 'caseId' }] });
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
    const duplicate = new DomainError('LIKELY_DUPLICATE', 'A returnee with the same name is already registered', 'duplicateOverride', { existingCaseIds: ['c-9'] });
    const fr = answer(duplicate, 'fr');
    expect(fr).toMatchObject({ status: 409, language: 'fr', body: { code: 'LIKELY_DUPLICATE', existingCaseIds: ['c-9'] } });
    expect(fr.body.message).toMatch(/^duplicateOverride: Un migrant de retour .* est déjà enregistré$/);
    expect(fr.body.errors).toEqual([{ field: 'duplicateOverride', message: expect.stringMatching(/^Un migrant de retour/) }]);
    const en = answer(duplicate, 'en-GB');
    expect(en).toMatchObject({ language: 'en', body: { message: 'duplicateOverride: A returnee with the same name is already registered', existingCaseIds: ['c-9'] } });
  });

  it('translates the platform\'s own refusals by code, and leaves a code it does not know in English', () => {
    let outOfScope: unknown;
    try {
      assertCountryScope({ userId: 'cm-1', role: 'case_manager', countries: ['MA'] }, 'SN');
    } catch (error) {
      outOfScope = error;
    }
    expect(answer(outOfScope, 'fr')).toMatchObject({ status: 403, language: 'fr', body: { code: 'OUT_OF_COUNTRY_SCOPE', message: 'Votre périmètre ne couvre aucun des pays concernés' } });
    const missingCase = new NotFoundException({ code: 'CASE_NOT_FOUND', message: 'No case c-1' });
    expect(answer(missingCase, 'fr')).toMatchObject({ status: 404, language: 'fr', body: { message: 'Aucun dossier ne porte cet identifiant' } });
    const noToken = new UnauthorizedException({ code: 'UNAUTHENTICATED', message: 'A bearer token is required' });
    expect(answer(noToken, 'fr').body.message).toMatch(/jeton/);
    const unknown = new NotFoundException({ code: 'SOMETHING_ELSE', message: 'Nothing here' });
    expect(answer(unknown, 'fr')).toMatchObject({ status: 404, language: 'en', body: { code: 'SOMETHING_ELSE', message: 'Nothing here' } });
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
