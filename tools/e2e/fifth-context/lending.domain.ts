// The fifth context's domain file, as it would sit in libs/domain/src/lending: one command, one event, one rule.
import { defineErrors, DomainError } from '@homeward/domain';
import type { BookLent } from './lending.contract';

const LENDING_ERRORS = defineErrors({
  ALREADY_LENT: { status: 409, en: 'The book is already lent', fr: 'Le livre est déjà prêté' },
});

export class LendingError extends DomainError<keyof typeof LENDING_ERRORS> {
  constructor(code: keyof typeof LENDING_ERRORS) {
    super(LENDING_ERRORS, code);
  }
}

export type LendBook = { type: 'LendBook'; data: { bookId: string; borrower: string }; metadata: { now: string; userId: string } };
export type Book = { lentTo: string | null };

export const lendingDecider = {
  initialState: (): Book => ({ lentTo: null }),
  evolve: (_book: Book, event: BookLent): Book => ({ lentTo: event.data.borrower }),
  decide: (command: LendBook, book: Book): BookLent[] => {
    if (book.lentTo) throw new LendingError('ALREADY_LENT');
    return [{ type: 'lending.BookLent', data: { bookId: command.data.bookId, borrower: command.data.borrower, lentAt: command.metadata.now } }];
  },
};
