import { defineErrors, DomainError, type ErrorLanguage } from './domain-error';
import { describeErrorCatalogue } from './testing/error-catalogue';

// A new context declares its codes in its own file and nothing else changes: here, a toy one.
const LIBRARY_ERRORS = defineErrors({
  BOOK_ALREADY_LENT: { status: 409, en: 'This book is already lent', fr: 'Ce livre est déjà prêté' },
  MEMBER_SUSPENDED: { status: 403, en: 'This member may not borrow', fr: 'Ce membre ne peut pas emprunter' },
});

class LibraryError extends DomainError<keyof typeof LIBRARY_ERRORS> {
  constructor(code: keyof typeof LIBRARY_ERRORS, message?: string, field?: string, details?: Record<string, unknown>) {
    super(LIBRARY_ERRORS, code, message, field, details);
  }
}

describeErrorCatalogue('a toy library context', LIBRARY_ERRORS);

describe('A context declares its errors with their status and texts', () => {
  it('gives the thrown error the status of its code', () => {
    expect(new LibraryError('BOOK_ALREADY_LENT').status).toBe(409);
    expect(new LibraryError('MEMBER_SUSPENDED').status).toBe(403);
  });

  it('says it in English as the rule said it, else in the catalogue’s words, and in French from the catalogue', () => {
    const specific = new LibraryError('BOOK_ALREADY_LENT', 'Book b-1 is lent until 2026-12-01', 'bookId', { dueOn: '2026-12-01' });
    const said = (e: LibraryError) => Object.fromEntries((['en', 'fr'] as ErrorLanguage[]).map((l) => [l, e.messageIn(l)]));
    expect(said(specific)).toEqual({ en: 'Book b-1 is lent until 2026-12-01', fr: 'Ce livre est déjà prêté' });
    expect(said(new LibraryError('MEMBER_SUSPENDED'))).toEqual({ en: 'This member may not borrow', fr: 'Ce membre ne peut pas emprunter' });
    expect(specific).toMatchObject({ code: 'BOOK_ALREADY_LENT', field: 'bookId', details: { dueOn: '2026-12-01' }, message: 'Book b-1 is lent until 2026-12-01' });
  });

  it('is an Error and a DomainError, named for its context', () => {
    const error = new LibraryError('MEMBER_SUSPENDED');
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.name).toBe('LibraryError');
  });

  it('does not compile a code outside the catalogue, an entry without French, or a status that is not a client error', () => {
    // @ts-expect-error: not one of the library's codes
    expect(() => new LibraryError('CASE_NOT_FOUND')).toThrow();
    // @ts-expect-error: no French
    defineErrors({ BOOK_LOST: { status: 404, en: 'This book is lost' } });
    // @ts-expect-error: a broken rule is the caller's fault, never a 500
    defineErrors({ BOOK_LOST: { status: 500, en: 'This book is lost', fr: 'Ce livre est perdu' } });
  });
});
