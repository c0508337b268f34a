import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Inject, Injectable, Module } from '@nestjs/common';
import { defineErrors, DomainError } from '@homeward/domain';
import { closed, id, type ContextContract } from '@homeward/events/catalogue';
import {
  CommandHandler,
  InProcessBroker,
  pgExecutor,
  pgliteExecutor,
  PostgresEventStore,
  ReactionRunner,
  reactionContext,
  type CommandInput,
  type Reaction,
  type ReactionCause,
  type RecordedEvent,
} from '@homeward/events';
import { INFRASTRUCTURE, type Infrastructure, type ReactionDispatcher, type RunningService, type ServiceDefinition } from '@homeward/platform';
import { requireEnv } from '@homeward/events/testing';
import { eventually, startTestService } from '../testing/test-services';

// A tiny context whose one policy is "when a book is lent, schedule a reminder to bring it back".
type BookLent = { type: 'shelf.BookLent'; data: { bookId: string; days: number } };
type ReminderScheduled = { type: 'shelf.ReminderScheduled'; data: { bookId: string; afterDays: number } };
type Lend = { type: 'Lend'; data: { bookId: string; days: number }; metadata: object };
type ScheduleReminder = { type: 'ScheduleReminder'; data: { bookId: string; afterDays: number }; metadata: object };

const number = { type: 'integer', minimum: 1 };
const shelfContract: ContextContract = {
  context: 'shelf',
  events: [
    { type: 'shelf.BookLent', context: 'shelf', description: 'A book was lent', versions: { 1: closed({ bookId: id, days: number }, ['bookId', 'days']) } },
    { type: 'shelf.ReminderScheduled', context: 'shelf', description: 'A reminder was set', versions: { 1: closed({ bookId: id, afterDays: number }, ['bookId', 'afterDays']) } },
  ],
};

const SHELF_ERRORS = defineErrors({ LOAN_TOO_LONG: { status: 409, en: 'No reminder for a loan this long', fr: 'Pas de rappel pour un prêt aussi long' } });
class ShelfError extends DomainError<keyof typeof SHELF_ERRORS> {
  constructor() {
    super(SHELF_ERRORS, 'LOAN_TOO_LONG');
  }
}

const scheduleReminderWhenBookLent: Reaction<BookLent, CommandInput<ScheduleReminder>> = {
  name: 'schedule-reminder-when-book-lent',
  handles: ['shelf.BookLent'],
  react: (event) => [{ type: 'ScheduleReminder', data: { bookId: event.data.bookId, afterDays: event.data.days } }],
};

/** Every command the dispatcher was handed, across restarts: the proof that it ran again, and did nothing. */
const dispatched: ReactionCause[] = [];

@Injectable()
class Shelf implements ReactionDispatcher<CommandInput<ScheduleReminder>> {
  readonly loans: CommandHandler<Lend, null, BookLent>;
  // A reminder stream takes any number of reminders: only the handler's rule for caused commands keeps a repeat out.
  readonly reminders: CommandHandler<ScheduleReminder, null, ReminderScheduled>;

  constructor(@Inject(INFRASTRUCTURE) infra: Infrastructure) {
    const country = () => 'SN';
    this.loans = new CommandHandler(infra.store, { decider: { initialState: () => null, evolve: () => null, decide: (c) => [{ type: 'shelf.BookLent', data: c.data }] }, idField: 'bookId', streamId: (b) => `book-${b}`, country });
    this.reminders = new CommandHandler(infra.store, {
      decider: {
        initialState: () => null,
        evolve: () => null,
        decide: (c) => {
          if (c.data.afterDays > 60) throw new ShelfError();
          return [{ type: 'shelf.ReminderScheduled', data: c.data }];
        },
      },
      idField: 'bookId',
      streamId: (b) => `reminder-${b}`,
      country,
    });
  }

  async dispatch(command: CommandInput<ScheduleReminder>, cause: ReactionCause) {
    dispatched.push(cause);
    return this.reminders.handle(command, reactionContext(cause));
  }
}

@Module({ providers: [Shelf] })
class ShelfModule {}

const shelfService: ServiceDefinition = {
  name: 'shelf',
  port: 3098,
  module: ShelfModule,
  title: 'shelf',
  projections: [],
  publishes: shelfContract,
  consumes: [],
  reactions: { reactions: [scheduleReminderWhenBookLent], dispatcher: Shelf },
};

describe('A service with a reaction, run embedded', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'homeward-reactions-'));
  const start = () => startTestService('shelf', shelfService, { mode: 'embedded', dataDir, sharedBroker: new InProcessBroker() });
  let shelf: RunningService | undefined;
  const lent: RecordedEvent[] = [];
  afterAll(() => shelf?.close());

  const lend = async (bookId: string, days: number) => {
    const { newEvents } = await shelf!.app.get(Shelf).loans.handle({ type: 'Lend', data: { bookId, days } }, { actor: { userId: 'lib-1', role: 'case_manager' }, correlationId: `corr-${bookId}` });
    lent.push(newEvents[0]);
  };
  const reminders = async (bookId: string) => shelf!.infra.store.readStream(`reminder-${bookId}`);
  const book = (n: number) => `0000000${n}-0000-4000-8000-000000000000`;

  it('answers an event with a command on another stream, once, in the cause’s correlation', async () => {
    shelf = await start();
    await lend(book(1), 21);
    await shelf.infra.reactions.caughtUp();
    expect(await reminders(book(1))).toEqual([
      expect.objectContaining({ type: 'shelf.ReminderScheduled', data: { bookId: book(1), afterDays: 21 }, causationId: lent[0].eventId, correlationId: `corr-${book(1)}`, actor: { userId: 'schedule-reminder-when-book-lent', role: 'system' } }),
    ]);
    expect(dispatched).toHaveLength(1);
  });

  it('skips a command its domain refuses (a 409), and answers the next event', async () => {
    await lend(book(2), 90);
    await lend(book(3), 14);
    await shelf!.infra.reactions.caughtUp();
    expect(await reminders(book(2))).toEqual([]);
    expect(await reminders(book(3))).toHaveLength(1);
    expect(dispatched).toHaveLength(3);
  });

  it('after a restart, goes on from its checkpoint and repeats nothing', async () => {
    await shelf!.close();
    shelf = await start();
    await shelf.infra.reactions.caughtUp();
    expect(dispatched).toHaveLength(3);
    await lend(book(4), 7);
    await shelf.infra.reactions.caughtUp();
    expect(dispatched).toHaveLength(4);
    expect(await reminders(book(4))).toHaveLength(1);
  });

  it('after a crash that lost its checkpoint, runs every command again and appends nothing twice', async () => {
    await shelf!.close();
    shelf = undefined;
    // The reminders were appended; the checkpoint, as if the process died first, is back before them all.
    const sql = await pgliteExecutor(join(dataDir, 'shelf', 'eventstore'));
    await (await PostgresEventStore.open(sql, 'shelf')).checkpoints.save(ReactionRunner.checkpointOf(scheduleReminderWhenBookLent), 0);
    await sql.close();
    shelf = await start();
    await shelf.infra.reactions.caughtUp();
    expect(dispatched).toHaveLength(8);
    for (const n of [1, 3, 4]) expect(await reminders(book(n))).toHaveLength(1);
    expect(await reminders(book(2))).toEqual([]);
  });
});

describe('A service with a reaction, two instances on one PostgreSQL (distributed)', () => {
  const pgUrl = requireEnv('HOMEWARD_PG_URL');
  const namespace = `rx${randomBytes(4).toString('hex')}`;
  const broker = new InProcessBroker();
  const start = () => startTestService('shelf', shelfService, { mode: 'distributed', namespace, sharedBroker: broker, readModels: 'postgres' });
  const instances: RunningService[] = [];
  afterAll(async () => {
    for (const instance of instances) await instance.close();
    const sql = await pgExecutor(pgUrl, 1);
    for (const schema of [`shelf_${namespace}`, `shelf_${namespace}_read_models`, `keys_${namespace}`]) await sql.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await sql.close();
  });

  const lendThrough = async (instance: RunningService, bookId: string) =>
    instance.app.get(Shelf).loans.handle({ type: 'Lend', data: { bookId, days: 10 } }, { actor: { userId: 'lib-1', role: 'case_manager' }, correlationId: 'corr' });
  const remindersOf = (instance: RunningService, bookId: string) => instance.infra.store.readStream(`reminder-${bookId}`);
  const book = (n: number) => `0000000${n}-0000-4000-8000-00000000d15b`;

  it('runs them on the instance holding the lease only, which answers what another instance appended', async () => {
    instances.push(await start(), await start());
    expect(instances.map((i) => i.infra.reactions.running)).toEqual([true, false]);
    await lendThrough(instances[1], book(1));
    // The holder learns of the other instance's append by its notification (or its next poll).
    const reminders = await eventually(() => remindersOf(instances[1], book(1)), (r) => r.length > 0, 10000);
    await instances[0].infra.reactions.caughtUp();
    expect(reminders).toHaveLength(1);
    expect(await remindersOf(instances[1], book(1))).toHaveLength(1);
  });

  it('moves to the other instance when the holder stops', async () => {
    await instances.shift()!.close();
    const [survivor] = instances;
    await eventually(async () => survivor.infra.reactions.running, (running) => running, 20000);
    await lendThrough(survivor, book(2));
    await survivor.infra.reactions.caughtUp();
    expect(await remindersOf(survivor, book(2))).toHaveLength(1);
    expect(await remindersOf(survivor, book(1))).toHaveLength(1);
  }, 30000);
});
