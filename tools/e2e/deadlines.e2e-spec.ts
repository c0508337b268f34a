import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Inject, Injectable, Module } from '@nestjs/common';
import { closed, id, isoDateTime, type ContextContract } from '@homeward/events/catalogue';
import {
  CommandHandler,
  InProcessBroker,
  ManualClock,
  pgExecutor,
  reactionContext,
  type CommandInput,
  type Deadline,
  type PendingItem,
  type Projection,
  type ReactionCause,
} from '@homeward/events';
import { INFRASTRUCTURE, type Infrastructure, type ReactionDispatcher, type RunningService, type ServiceDefinition } from '@homeward/platform';
import { requireEnv } from '@homeward/events/testing';
import { eventually, startTestService } from '../testing/test-services';

// A tiny context with one deadline: "a book not back by its day gets a reminder".
type BookLent = { type: 'loans.BookLent'; data: { bookId: string; dueAt: string } };
type BookReturned = { type: 'loans.BookReturned'; data: { bookId: string } };
type ReminderSent = { type: 'loans.ReminderSent'; data: { bookId: string; dueAt: string } };
type LoanEvent = BookLent | BookReturned | ReminderSent;
type LoanCommand =
  | { type: 'Lend'; data: { bookId: string; dueAt: string }; metadata: object }
  | { type: 'Return'; data: { bookId: string }; metadata: object }
  | { type: 'SendReminder'; data: { bookId: string; dueAt: string }; metadata: object };

const loansContract: ContextContract = {
  context: 'loans',
  events: [
    { type: 'loans.BookLent', context: 'loans', description: 'A book was lent until dueAt', versions: { 1: closed({ bookId: id, dueAt: isoDateTime }, ['bookId', 'dueAt']) } },
    { type: 'loans.BookReturned', context: 'loans', description: 'The book is back', versions: { 1: closed({ bookId: id }, ['bookId']) } },
    { type: 'loans.ReminderSent', context: 'loans', description: 'The borrower was reminded', versions: { 1: closed({ bookId: id, dueAt: isoDateTime }, ['bookId', 'dueAt']) } },
  ],
};

type Loan = { returned: boolean };
type OverdueLoan = PendingItem;
/** The to-do list: a loan is pending from its lending until it is back or its borrower reminded. */
const overdueLoans: Projection<OverdueLoan, LoanEvent> = {
  name: 'loans.overdue',
  collection: 'overdue_loans',
  indexes: [{ fields: ['dueAt'] }],
  handles: ['loans.BookLent', 'loans.BookReturned', 'loans.ReminderSent'],
  documentId: (event) => event.data.bookId,
  evolve: (_doc, event) => (event.type === 'loans.BookLent' ? { dueAt: event.data.dueAt, setBy: { eventId: event.eventId, correlationId: event.correlationId, type: event.type } } : null),
};

const remindWhenOverdue: Deadline<OverdueLoan, CommandInput<LoanCommand>> = {
  name: 'remind-when-loan-overdue',
  pending: overdueLoans,
  commandsFor: (item) => [{ type: 'SendReminder', data: { bookId: item._id, dueAt: item.dueAt } }],
};

/** Every command the dispatcher was handed: the proof that a deadline fired again and appended nothing. */
const dispatched: ReactionCause[] = [];

@Injectable()
class Loans implements ReactionDispatcher<CommandInput<LoanCommand>> {
  readonly handler: CommandHandler<LoanCommand, Loan, LoanEvent>;

  constructor(@Inject(INFRASTRUCTURE) infra: Infrastructure) {
    this.handler = new CommandHandler(infra.store, {
      decider: {
        initialState: (): Loan => ({ returned: false }),
        evolve: (state, event) => (event.type === 'loans.BookReturned' ? { returned: true } : state),
        // A reminder for a book that is back is moot: nothing to append. A repeat is the handler's to refuse.
        decide: (c, state) => {
          if (c.type === 'Lend') return [{ type: 'loans.BookLent', data: c.data }];
          if (c.type === 'Return') return [{ type: 'loans.BookReturned', data: c.data }];
          return state.returned ? [] : [{ type: 'loans.ReminderSent', data: c.data }];
        },
      },
      idField: 'bookId',
      streamId: (b) => `loan-${b}`,
      country: () => 'SN',
    });
  }

  async dispatch(command: CommandInput<LoanCommand>, cause: ReactionCause) {
    dispatched.push(cause);
    return this.handler.handle(command, reactionContext(cause));
  }
}

@Module({ providers: [Loans] })
class LoansModule {}

const loansService: ServiceDefinition = {
  name: 'loans',
  port: 3097,
  module: LoansModule,
  title: 'loans',
  projections: [overdueLoans],
  publishes: loansContract,
  consumes: [],
  reactions: { reactions: [], deadlines: [remindWhenOverdue], dispatcher: Loans },
};

const LENT_AT = '2027-03-01T10:00:00.000Z';
const DUE_AT = '2027-03-15T10:00:00.000Z';
const book = (n: number, tail = '000000000000') => `0000000${n}-0000-4000-8000-${tail}`;
const librarian = { actor: { userId: 'lib-1', role: 'case_manager' as const }, correlationId: 'corr-loans' };

const lend = (service: RunningService, bookId: string) => service.app.get(Loans).handler.handle({ type: 'Lend', data: { bookId, dueAt: DUE_AT } }, librarian);
const giveBack = (service: RunningService, bookId: string) => service.app.get(Loans).handler.handle({ type: 'Return', data: { bookId } }, librarian);
const reminders = async (service: RunningService, bookId: string) => (await service.infra.store.readStream(`loan-${bookId}`)).filter((e) => e.type === 'loans.ReminderSent');
const listed = (service: RunningService, bookId: string) => eventually(() => service.infra.readModels.get<OverdueLoan>(overdueLoans.collection, bookId), (doc) => doc !== null, 10000);
const unlisted = (service: RunningService, bookId: string) => eventually(() => service.infra.readModels.get(overdueLoans.collection, bookId), (doc) => doc === null, 10000);

describe('A service with a deadline, run embedded on a clock the test moves', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'homeward-deadlines-'));
  const clock = new ManualClock(LENT_AT);
  const start = () => startTestService('loans', loansService, { mode: 'embedded', dataDir, sharedBroker: new InProcessBroker(), clock });
  let loans: RunningService | undefined;
  afterAll(() => loans?.close());

  it('fires nothing before the moment, then once, caused by the event that set it, by the deadline as the actor', async () => {
    loans = await start();
    const { newEvents } = await lend(loans, book(1));
    await listed(loans, book(1));
    clock.set('2027-03-15T09:59:59.999Z');
    expect(await loans.infra.reactions.fireDue()).toBe(0);
    expect(await reminders(loans, book(1))).toEqual([]);

    clock.set('2027-03-15T10:00:00.000Z');
    expect(await loans.infra.reactions.fireDue()).toBe(1);
    expect(await reminders(loans, book(1))).toEqual([
      expect.objectContaining({ data: { bookId: book(1), dueAt: DUE_AT }, causationId: newEvents[0].eventId, correlationId: 'corr-loans', actor: { userId: 'remind-when-loan-overdue', role: 'system' } }),
    ]);
    // Answered, the item leaves the list.
    await unlisted(loans, book(1));
    expect(await loans.infra.reactions.fireDue()).toBe(0);
  });

  it('a book back in time is never reminded', async () => {
    clock.set(LENT_AT);
    await lend(loans!, book(2));
    await giveBack(loans!, book(2));
    clock.set('2027-04-01T00:00:00.000Z');
    await unlisted(loans!, book(2));
    await loans!.infra.reactions.fireDue();
    expect(await reminders(loans!, book(2))).toEqual([]);
  });

  it('an item fired again before its list caught up appends nothing the second time', async () => {
    clock.set(LENT_AT);
    await lend(loans!, book(3));
    const item = await listed(loans!, book(3));
    clock.set('2027-03-16T00:00:00.000Z');
    expect(await loans!.infra.reactions.fireDue()).toBe(1);
    await unlisted(loans!, book(3));
    // As a list that had not yet seen the reminder would show it: still pending.
    await loans!.infra.readModels.set(overdueLoans.collection, book(3), { dueAt: item!.dueAt, setBy: item!.setBy });
    const before = dispatched.length;
    expect(await loans!.infra.reactions.fireDue()).toBe(1);
    expect(dispatched.length).toBe(before + 1);
    expect(await reminders(loans!, book(3))).toHaveLength(1);
    // What the list, caught up, would do: the item is answered.
    await loans!.infra.readModels.remove(overdueLoans.collection, book(3));
  });

  it('after a restart, fires what fell due while it was down, once', async () => {
    clock.set(LENT_AT);
    await lend(loans!, book(4));
    await listed(loans!, book(4));
    await loans!.close();
    loans = undefined;
    clock.set('2027-03-20T00:00:00.000Z');
    loans = await start();
    expect(await loans.infra.reactions.fireDue()).toBeGreaterThanOrEqual(1);
    expect(await reminders(loans, book(4))).toHaveLength(1);
    await unlisted(loans, book(4));
    await loans.close();
    loans = await start();
    expect(await loans.infra.reactions.fireDue()).toBe(0);
    expect(await reminders(loans, book(4))).toHaveLength(1);
  });

  it('refuses a deadline whose to-do list is not among the service’s projections', async () => {
    const careless: ServiceDefinition = { ...loansService, name: 'loans', projections: [] };
    await expect(startTestService('loans', careless, { mode: 'embedded', sharedBroker: new InProcessBroker() })).rejects.toThrow(/not among its projections/);
  });
});

describe('A service with a deadline, two instances on one PostgreSQL (distributed)', () => {
  const pgUrl = requireEnv('HOMEWARD_PG_URL');
  const namespace = `dl${randomBytes(4).toString('hex')}`;
  const broker = new InProcessBroker();
  const clocks = [new ManualClock(LENT_AT), new ManualClock(LENT_AT)];
  const start = (clock: ManualClock) => startTestService('loans', loansService, { mode: 'distributed', namespace, sharedBroker: broker, readModels: 'postgres', clock });
  const instances: RunningService[] = [];
  afterAll(async () => {
    for (const instance of instances) await instance.close();
    const sql = await pgExecutor(pgUrl, 1);
    for (const schema of [`loans_${namespace}`, `loans_${namespace}_read_models`, `keys_${namespace}`]) await sql.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await sql.close();
  });

  it('fires on the instance holding the lease only, once, whichever instance set it', async () => {
    instances.push(await start(clocks[0]), await start(clocks[1]));
    expect(instances.map((i) => i.infra.reactions.running)).toEqual([true, false]);
    const bookId = book(5, '00000000d15b');
    await lend(instances[1], bookId);
    await listed(instances[0], bookId);
    for (const clock of clocks) clock.set('2027-03-16T00:00:00.000Z');
    const fired = await Promise.all(instances.map((i) => i.infra.reactions.fireDue()));
    expect(fired).toEqual([1, 0]);
    expect(await reminders(instances[1], bookId)).toHaveLength(1);
  });

  it('moves to the other instance when the holder stops, and repeats nothing', async () => {
    await instances.shift()!.close();
    const [survivor] = instances;
    await eventually(async () => survivor.infra.reactions.running, (running) => running, 20000);
    await survivor.infra.reactions.fireDue();
    expect(await reminders(survivor, book(5, '00000000d15b'))).toHaveLength(1);
    const bookId = book(6, '00000000d15b');
    clocks[1].set(LENT_AT);
    await lend(survivor, bookId);
    await listed(survivor, bookId);
    clocks[1].set('2027-03-16T00:00:00.000Z');
    expect(await survivor.infra.reactions.fireDue()).toBe(1);
    expect(await reminders(survivor, bookId)).toHaveLength(1);
  }, 30000);
});
