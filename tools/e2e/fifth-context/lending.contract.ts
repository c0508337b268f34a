// The fifth context's contract, as it would sit in libs/contracts/lending: its event's type and schema.
import { closed, id, isoDateTime, label, type ContextContract } from '@homeward/events/catalogue';

export type BookLent = { type: 'lending.BookLent'; data: { bookId: string; borrower: string; lentAt: string } };

export const lendingContract: ContextContract = {
  context: 'lending',
  events: [
    {
      type: 'lending.BookLent',
      context: 'lending',
      description: 'A book was lent',
      versions: { 1: closed({ bookId: id, borrower: label(50), lentAt: isoDateTime }, ['bookId', 'borrower', 'lentAt']) },
    },
  ],
};
