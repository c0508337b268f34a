import { pgliteExecutor } from '../store/postgres/drivers';
import { PostgresEventStore } from '../store/postgres/postgres-event-store';
import type { EventStore } from '../store/event-store.port';
import { ManualClock } from './clock';
import { CommandHandler, type CommandInput, type HandlerMetadata } from './command-handler';
import { sequentialIds } from './ids';

/** A toy aggregate: a food-voucher book that is opened, then receives vouchers up to a ceiling. */
type Opened = { type: 'toy.BookOpened'; data: { bookId: string; office: string; ceiling: number } };
type VoucherIssued = { type: 'toy.VoucherIssued'; data: { bookId: string; voucherId: string; amount: number } };
type BookEvent = Opened | VoucherIssued;
type Book = { status: 'none' } | { status: 'open'; office: string; ceiling: number; issued: number };

type Meta = HandlerMetadata & { day: string };
type OpenBook = { type: 'OpenBook'; data: { bookId: string; office: string; ceiling: number }; metadata: Meta };
type IssueVoucher = { type: 'IssueVoucher'; data: { bookId: string; amount: number }; metadata: Meta };
type BookCommand = OpenBook | IssueVoucher;

const decider = {
  initialState: (): Book => ({ status: 'none' }),
  evolve: (state: Book, event: BookEvent): Book => {
    if (event.type === 'toy.BookOpened') return { status: 'open', office: event.data.office, ceiling: event.data.ceiling, issued: 0 };
    return state.status === 'open' ? { ...state, issued: state.issued + event.data.amount } : state;
  },
  decide: (command: BookCommand, state: Book): BookEvent[] => {
    if (command.type === 'OpenBook') return [{ type: 'toy.BookOpened', data: command.data }];
    if (state.status !== 'open') throw new Error('NO_BOOK');
    if (state.issued + command.data.amount > state.ceiling) throw new Error('CEILING');
    return [{ type: 'toy.VoucherIssued', data: { ...command.data, voucherId: command.metadata.newId() } }];
  },
};

const actor = { userId: 'cm-1', role: 'case_manager' as const };
const context = { actor, correlationId: 'corr-1' };

describe('The command handler, bound once per aggregate', () => {
  let store: EventStore;
  let clock: ManualClock;
  let ids: () => string;
  let run = 0;
  const handler = (over: { store?: EventStore; guard?: (s: Book) => void } = {}) =>
    new CommandHandler<BookCommand, Book, BookEvent>(over.store ?? store, {
      decider,
      idField: 'bookId',
      streamId: (id) => `book-${id}`,
      guard: over.guard,
      country: (before, after) => (after.status === 'open' ? after.office : ''),
      metadata: (base) => ({ ...base, day: base.now.slice(0, 10) }),
      clock,
      ids,
    });

  beforeAll(async () => {
    store = await PostgresEventStore.open(await pgliteExecutor(), 'toy');
  });
  beforeEach(() => {
    clock = new ManualClock('2026-12-01T09:00:00.000Z');
    // Each test its own books: one store serves them all.
    ids = sequentialIds(`toy${++run}`);
  });
  afterAll(() => store.close());

  it('starts a new aggregate under an id it mints, and answers with its events and state without reading again', async () => {
    const result = await handler().handle({ type: 'OpenBook', data: { office: 'SN', ceiling: 100 } as OpenBook['data'] }, context);
    expect(result).toMatchObject({ id: 'toy1-1', nextExpectedVersion: 1, newState: { status: 'open', office: 'SN', ceiling: 100, issued: 0 } });
    expect(result.newEvents).toEqual([
      expect.objectContaining({ streamId: 'book-toy1-1', type: 'toy.BookOpened', occurredAt: '2026-12-01T09:00:00.000Z', actor, country: 'SN', correlationId: 'corr-1', causationId: null }),
    ]);
  });

  it('decides on the stream it loads, with the time from its clock and ids it mints for what the decision creates', async () => {
    const books = handler();
    const { id } = await books.handle({ type: 'OpenBook', data: { office: 'SN', ceiling: 100 } as OpenBook['data'] }, context);
    clock.advance(3_600_000);
    const result = await books.handle({ type: 'IssueVoucher', data: { bookId: id, amount: 60 } }, { ...context, causationId: 'evt-0' });
    expect(result.newEvents).toEqual([expect.objectContaining({ type: 'toy.VoucherIssued', occurredAt: '2026-12-01T10:00:00.000Z', causationId: 'evt-0', data: { bookId: id, amount: 60, voucherId: 'toy2-2' } })]);
    expect(result).toMatchObject({ nextExpectedVersion: 2, newState: { issued: 60 } });
    await expect(books.handle({ type: 'IssueVoucher', data: { bookId: id, amount: 50 } }, context)).rejects.toThrow('CEILING');
    expect(await store.readStream(`book-${id}`)).toHaveLength(2);
  });

  it('refuses through its guard before deciding, and then appends nothing', async () => {
    const { id } = await handler().handle({ type: 'OpenBook', data: { office: 'SN', ceiling: 100 } as OpenBook['data'] }, context);
    const guarded = handler({ guard: (s) => { if (s.status === 'open' && s.office !== 'MA') throw new Error('NOT_CASE_OFFICE'); } });
    await expect(guarded.handle({ type: 'IssueVoucher', data: { bookId: id, amount: 10 } }, context)).rejects.toThrow('NOT_CASE_OFFICE');
    expect(await store.readStream(`book-${id}`)).toHaveLength(1);
  });

  it('runs the whole cycle again when another writer got there first, so the rule holds on the fresh history', async () => {
    const { id } = await handler().handle({ type: 'OpenBook', data: { office: 'SN', ceiling: 100 } as OpenBook['data'] }, context);
    let raced = false;
    // Between our read and our append, a colleague issues 70 on the same book.
    const racing: EventStore = Object.assign(Object.create(store), {
      appendToStream: async (...args: Parameters<EventStore['appendToStream']>) => {
        if (!raced) {
          raced = true;
          await store.appendToStream(`book-${id}`, [{ type: 'toy.VoucherIssued', occurredAt: clock.now().toISOString(), actor, country: 'SN', correlationId: 'other', data: { bookId: id, amount: 70, voucherId: 'v-x' } }], { expectedVersion: 1 });
        }
        return store.appendToStream(...args);
      },
    });
    await expect(handler({ store: racing }).handle({ type: 'IssueVoucher', data: { bookId: id, amount: 60 } }, context)).rejects.toThrow('CEILING');
    expect((await store.readStream(`book-${id}`)).map((e) => e.data.amount)).toEqual([undefined, 70]);
  });

  describe('a command that answers an event (a reaction’s)', () => {
    const caused = (causationId: string, reaction?: string) => ({ ...context, causationId, reaction });

    it('runs once per cause: run again, it appends nothing and answers with the stream as it is', async () => {
      const books = handler();
      const { id } = await books.handle({ type: 'OpenBook', data: { office: 'SN', ceiling: 100 } as OpenBook['data'] }, context);
      const first = await books.handle({ type: 'IssueVoucher', data: { bookId: id, amount: 10 } }, caused('evt-1', 'issue-when-arrived/0'));
      const again = await books.handle({ type: 'IssueVoucher', data: { bookId: id, amount: 10 } }, caused('evt-1', 'issue-when-arrived/0'));
      expect(again).toMatchObject({ id, newEvents: [], nextExpectedVersion: 2, newState: { issued: 10 } });
      expect(again.history.map((e) => e.eventId)).toContain(first.newEvents[0].eventId);
      expect(await store.readStream(`book-${id}`)).toHaveLength(2);
    });

    it('tells apart the answers of one cause by reaction, and the same answer to another cause', async () => {
      const books = handler();
      const { id } = await books.handle({ type: 'OpenBook', data: { office: 'SN', ceiling: 100 } as OpenBook['data'] }, context);
      const issue = { type: 'IssueVoucher' as const, data: { bookId: id, amount: 10 } };
      await books.handle(issue, caused('evt-1', 'issue-when-arrived/0'));
      await books.handle(issue, caused('evt-1', 'issue-when-consented/0'));
      await books.handle(issue, caused('evt-2', 'issue-when-arrived/0'));
      // Without a reaction named, the command's type is the answer.
      await books.handle(issue, caused('evt-3'));
      await books.handle(issue, caused('evt-3'));
      expect((await store.readStream(`book-${id}`)).map((e) => e.causationId)).toEqual([null, 'evt-1', 'evt-1', 'evt-2', 'evt-3']);
    });

    it('creates its aggregate under an id derived from the cause, so a second run finds it instead of opening another', async () => {
      const books = handler();
      const open = { type: 'OpenBook' as const, data: { office: 'SN', ceiling: 100 } as OpenBook['data'] };
      const first = await books.handle(open, caused('evt-9', 'open-when-arrived/0'));
      const again = await books.handle(open, caused('evt-9', 'open-when-arrived/0'));
      expect(again).toMatchObject({ id: first.id, newEvents: [], nextExpectedVersion: 1 });
      expect(first.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(await store.readStream(`book-${first.id}`)).toHaveLength(1);
    });

    it('run twice at once (two instances for a moment), it appends once: the loser reads again and finds the winner’s events', async () => {
      const { id } = await handler().handle({ type: 'OpenBook', data: { office: 'SN', ceiling: 100 } as OpenBook['data'] }, context);
      const issue = { type: 'IssueVoucher' as const, data: { bookId: id, amount: 10 } };
      let raced = false;
      const racing: EventStore = Object.assign(Object.create(store), {
        appendToStream: async (...args: Parameters<EventStore['appendToStream']>) => {
          if (!raced) {
            raced = true;
            await handler().handle(issue, caused('evt-5', 'issue-when-arrived/0'));
          }
          return store.appendToStream(...args);
        },
      });
      const loser = await handler({ store: racing }).handle(issue, caused('evt-5', 'issue-when-arrived/0'));
      expect(loser.newEvents).toEqual([]);
      expect(await store.readStream(`book-${id}`)).toHaveLength(2);
    });

    it('still appends each time for a command nobody caused', async () => {
      const books = handler();
      const { id } = await books.handle({ type: 'OpenBook', data: { office: 'SN', ceiling: 100 } as OpenBook['data'] }, context);
      await books.handle({ type: 'IssueVoucher', data: { bookId: id, amount: 10 } }, context);
      await books.handle({ type: 'IssueVoucher', data: { bookId: id, amount: 10 } }, context);
      expect(await store.readStream(`book-${id}`)).toHaveLength(3);
    });
  });

  it('keeps each command type tied to its own data, at compile time', () => {
    const fine: CommandInput<BookCommand> = { type: 'IssueVoucher', data: { bookId: 'b', amount: 1 } };
    // @ts-expect-error: an IssueVoucher cannot carry OpenBook's data
    const wrong: CommandInput<BookCommand> = { type: 'IssueVoucher', data: { bookId: 'b', office: 'SN', ceiling: 3 } };
    expect([fine.type, wrong.type]).toEqual(['IssueVoucher', 'IssueVoucher']);
  });
});
