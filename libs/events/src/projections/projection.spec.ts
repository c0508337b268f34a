import type { RecordedEvent } from '../envelope';
import { applyEvent, type Projection } from './projection';

type BookOpened = { type: 'toy.BookOpened'; data: { bookId: string; ceiling: number } };
type BookClosed = { type: 'toy.BookClosed'; data: { bookId: string } };

// Typed by what it handles: evolve reads `ceiling` without a cast, and only on the event that has it.
const books: Projection<{ ceiling: number }, BookOpened | BookClosed> = {
  name: 'toy.books',
  collection: 'books',
  handles: ['toy.BookOpened', 'toy.BookClosed'],
  documentId: (event) => event.data.bookId,
  evolve: (doc, event) => (event.type === 'toy.BookOpened' ? { ceiling: event.data.ceiling } : null),
};

export const wrongType: Projection<object, BookOpened> = {
  name: 'toy.wrong',
  collection: 'wrong',
  // @ts-expect-error a projection cannot claim an event type it is not typed for
  handles: ['toy.BookClosed'],
  documentId: (event) => event.data.bookId,
  evolve: (doc) => doc,
};

export const wrongField: Projection<object, BookClosed> = {
  name: 'toy.wrong-field',
  collection: 'wrong',
  handles: ['toy.BookClosed'],
  // @ts-expect-error BookClosed has no ceiling
  documentId: (event) => String(event.data.ceiling),
  evolve: (doc) => doc,
};

const recorded = (type: string, data: Record<string, unknown>): RecordedEvent => ({
  eventId: `e-${type}`,
  streamId: 'book-1',
  streamVersion: 1,
  globalPosition: 1,
  type,
  schemaVersion: 1,
  occurredAt: '2026-12-03T09:00:00.000Z',
  recordedAt: '2026-12-03T09:00:00.000Z',
  actor: { userId: 'u-1', role: 'case_manager' },
  country: 'SN',
  correlationId: 'corr-1',
  causationId: null,
  data,
});

describe('A typed projection', () => {
  it('folds the events it handles', () => {
    expect(applyEvent(books, null, recorded('toy.BookOpened', { bookId: 'b-1', ceiling: 100 }))).toEqual({ ceiling: 100 });
    expect(applyEvent(books, { ceiling: 100 }, recorded('toy.BookClosed', { bookId: 'b-1' }))).toBeNull();
  });

  it('never sees an event it does not handle: the document stays as it was', () => {
    expect(applyEvent(books, { ceiling: 100 }, recorded('toy.VoucherIssued', { bookId: 'b-1', amount: 5 }))).toEqual({ ceiling: 100 });
  });
});
