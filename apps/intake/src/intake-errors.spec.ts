import { CONSENT_ERRORS, ConsentError, DATE_ERRORS, DateError, INTAKE_ERRORS, IntakeError, type DomainError, type ErrorCatalogue } from '@homeward/domain';
import { isLocalisedError, localisedBody, type LocalisedError } from '@homeward/platform';

/** The catalogues whose codes intake answers with, and how each context builds its error. */
const THROWN: [string, ErrorCatalogue, (code: string) => DomainError][] = [
  ['intake', INTAKE_ERRORS, (code) => new IntakeError(code as keyof typeof INTAKE_ERRORS)],
  ['consent', CONSENT_ERRORS, (code) => new ConsentError(code as keyof typeof CONSENT_ERRORS)],
  ['dates', DATE_ERRORS, (code) => new DateError(code as keyof typeof DATE_ERRORS)],
];

// The platform reads a broken rule by its shape: every context's error has it, or this does not compile.
const answered: LocalisedError[] = [new IntakeError('CASE_NOT_FOUND'), new ConsentError('NOT_OWN_RECIPIENT'), new DateError('FACT_IN_FUTURE')];

describe('Every error intake throws is answered by the platform with its own status and texts', () => {
  it('is read as a broken rule, not as a crash', () => {
    expect(answered.every(isLocalisedError)).toBe(true);
  });

  it.each(THROWN.flatMap(([context, catalogue, make]) => Object.entries(catalogue).map(([code, entry]) => [context, code, entry, make] as const)))(
    '%s %s',
    (_context, code, entry, make) => {
      const error = make(code);
      expect(localisedBody(error, 'en')).toEqual({ statusCode: entry.status, code, message: entry.en, errors: [] });
      expect(localisedBody(error, 'fr')).toEqual({ statusCode: entry.status, code, message: entry.fr, errors: [] });
    },
  );

  it('never answers one code with two meanings: clients key on the code alone', () => {
    const codes = THROWN.flatMap(([, catalogue]) => Object.keys(catalogue));
    expect(codes.filter((code, i) => codes.indexOf(code) !== i)).toEqual([]);
  });
});
