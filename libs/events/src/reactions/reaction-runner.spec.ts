import { CommandHandler, type CommandInput, type HandlerMetadata } from '../commands/command-handler';
import { sequentialIds } from '../commands/ids';
import type { NewEvent } from '../envelope';
import { pgliteExecutor } from '../store/postgres/drivers';
import { PostgresEventStore } from '../store/postgres/postgres-event-store';
import type { SqlExecutor } from '../store/postgres/sql-executor';
import type { EventStore } from '../store/event-store.port';
import type { Reaction, ReactionCause } from './reaction';
import { reactionContext } from './reaction';
import { ReactionRunner, type Refusal } from './reaction-runner';

/** The producer's side: a returnee arrives (in the inbox, as intake's event would), or leaves again. */
type Arrived = { type: 'toy.ReturneeArrived'; data: { caseId: string; country: string } };
type Departed = { type: 'toy.ReturneeDeparted'; data: { caseId: string } };

/** The consumer's aggregate: a welcome kit, opened once, then handed over. */
type KitEvent = { type: 'toy.KitOpened'; data: { kitId: string; caseId: string; country: string } } | { type: 'toy.KitHandedOver'; data: { kitId: string } };
type Kit = { status: 'none' } | { status: 'open' | 'handed'; country: string };
type KitCommand =
  | { type: 'OpenKit'; data: { caseId: string; country: string }; metadata: HandlerMetadata }
  | { type: 'HandOverKit'; data: { kitId: string }; metadata: HandlerMetadata };

/** A broken rule, as a context's DomainError is: the runner is told how to know one. */
class Refused extends Error {
  readonly code = 'NO_KIT_HERE';
}

const kits = (store: EventStore) =>
  new CommandHandler<KitCommand, Kit, KitEvent>(store, {
    decider: {
      initialState: (): Kit => ({ status: 'none' }),
      evolve: (s, e) => (e.type === 'toy.KitOpened' ? { status: 'open', country: e.data.country } : s.status === 'none' ? s : { ...s, status: 'handed' }),
      decide: (c, s) => {
        if (c.type === 'OpenKit') {
          if (c.data.country === 'XX') throw new Refused('No kits are given in XX');
          return [{ type: 'toy.KitOpened', data: { kitId: '', ...c.data } }];
        }
        if (s.status !== 'open') throw new Refused('No open kit');
        return [{ type: 'toy.KitHandedOver', data: c.data }];
      },
    },
    idField: 'kitId',
    streamId: (id) => `kit-${id}`,
    country: (_, after) => (after.status === 'none' ? '' : after.country),
    ids: sequentialIds('kit'),
  });

const openKitWhenArrived: Reaction<Arrived, CommandInput<KitCommand>> = {
  name: 'open-kit-when-returnee-arrived',
  handles: ['toy.ReturneeArrived'],
  react: (event) => [{ type: 'OpenKit', data: { caseId: event.data.caseId, country: event.data.country } }],
};

const arrival = (caseId: string, country = 'SN'): NewEvent => ({
  type: 'toy.ReturneeArrived',
  occurredAt: '2026-12-15T10:00:00.000Z',
  actor: { userId: 'cm-1', role: 'case_manager' },
  country,
  correlationId: `corr-${caseId}`,
  data: { caseId, country },
});
const departure = (caseId: string): NewEvent => ({ ...arrival(caseId), type: 'toy.ReturneeDeparted', data: { caseId } });

describe('Reactions', () => {
  let sql: SqlExecutor;
  let store: EventStore;
  let run = 0;
  let runner: ReactionRunner<CommandInput<KitCommand>> | undefined;
  let dispatched: Array<{ command: CommandInput<KitCommand>; cause: ReactionCause }>;
  let refusals: Refusal[];
  let errors: unknown[];

  beforeAll(async () => (sql = await pgliteExecutor()));
  afterAll(() => sql.close());
  beforeEach(async () => {
    store = await PostgresEventStore.open(sql, `reactions_${++run}`);
    dispatched = [];
    refusals = [];
    errors = [];
  });
  afterEach(() => runner?.stop());

  /** The runner as a service would wire it: each command through the kit handler, in the cause's context. */
  const start = (reactions: Array<Reaction<Arrived | Departed, CommandInput<KitCommand>>> = [openKitWhenArrived], on: EventStore = store) => {
    const handler = kits(on);
    runner = new ReactionRunner(on, reactions, {
      dispatch: async (command, cause) => {
        dispatched.push({ command, cause });
        return handler.handle(command, reactionContext(cause));
      },
      isRefusal: (error) => error instanceof Refused,
      onRefused: (refusal) => refusals.push(refusal),
      onError: (error) => errors.push(error),
    });
    runner.start();
    return runner;
  };
  const kitEvents = async () => (await store.readAll({ after: 0, maxCount: 1000 })).filter((e) => e.streamId.startsWith('kit-'));
  const arrive = (caseId: string, country?: string) => store.appendToStream(`inbox.intake.case-${caseId}`, [arrival(caseId, country)], { expectedVersion: 'any' });

  it('answers each event it handles once, with the cause and its correlation on what it writes', async () => {
    const [arrived] = (await arrive('c1')).events;
    await arrive('c2');
    await start().caughtUp();
    runner!.wake();
    await runner!.caughtUp();
    const kitsOpened = await kitEvents();
    expect(kitsOpened.map((e) => e.data.caseId)).toEqual(['c1', 'c2']);
    expect(kitsOpened[0]).toMatchObject({ type: 'toy.KitOpened', causationId: arrived.eventId, correlationId: 'corr-c1', actor: { userId: 'open-kit-when-returnee-arrived', role: 'system' } });
    expect(await store.checkpoints.load(ReactionRunner.checkpointOf(openKitWhenArrived))).toBe(await store.headPosition());
  });

  it('after a crash between the command and the checkpoint, runs the command again and appends nothing new', async () => {
    await arrive('c1');
    // The process dies once the kit is opened, before the checkpoint is saved: the next run starts before the arrival again.
    let crashed = false;
    const crashing: EventStore = Object.assign(Object.create(store), {
      checkpoints: {
        load: (name: string) => store.checkpoints.load(name),
        save: async (name: string, position: number) => {
          if (!crashed) {
            crashed = true;
            throw new Error('process died');
          }
          return store.checkpoints.save(name, position);
        },
      },
    });
    await start([openKitWhenArrived], crashing).caughtUp();
    expect(errors).toHaveLength(1);
    expect(dispatched).toHaveLength(2);
    expect(await kitEvents()).toHaveLength(1);
    // And a restart from a checkpoint lost altogether changes nothing either.
    await runner!.stop();
    await store.checkpoints.save(ReactionRunner.checkpointOf(openKitWhenArrived), 0);
    await start().caughtUp();
    expect(dispatched).toHaveLength(3);
    expect(await kitEvents()).toHaveLength(1);
  });

  it('skips a command the domain refuses, reports it, and goes on with the next event', async () => {
    await arrive('c1', 'XX');
    await arrive('c2');
    await start().caughtUp();
    expect(refusals).toEqual([expect.objectContaining({ command: { type: 'OpenKit', data: { caseId: 'c1', country: 'XX' } }, error: expect.any(Refused) })]);
    expect((await kitEvents()).map((e) => e.data.caseId)).toEqual(['c2']);
    expect(errors).toEqual([]);
    expect(await store.checkpoints.load(ReactionRunner.checkpointOf(openKitWhenArrived))).toBe(await store.headPosition());
  });

  it('retries a command that failed to run (the database down) until it runs, once', async () => {
    await arrive('c1');
    let down = true;
    const flaky: EventStore = Object.assign(Object.create(store), {
      readStream: (...args: Parameters<EventStore['readStream']>) => (down ? Promise.reject(new Error('connection refused')) : store.readStream(...args)),
    });
    start([openKitWhenArrived], flaky);
    await new Promise((r) => setTimeout(r, 300));
    expect(errors.length).toBeGreaterThan(0);
    expect(await kitEvents()).toHaveLength(0);
    down = false;
    await runner!.caughtUp();
    expect(await kitEvents()).toHaveLength(1);
  });

  it('ignores the events it does not handle, and moves past them', async () => {
    await store.appendToStream('inbox.intake.case-c1', [departure('c1'), departure('c1')], { expectedVersion: 0 });
    await start().caughtUp();
    expect(dispatched).toEqual([]);
    expect(await store.checkpoints.load(ReactionRunner.checkpointOf(openKitWhenArrived))).toBe(2);
  });

  it('gives one cause every answer it calls for: commands on two streams, and two reactions on one stream', async () => {
    const [arrived] = (await arrive('c1')).events;
    const handOver: Reaction<Arrived, CommandInput<KitCommand>> = {
      name: 'hand-over-kit-when-returnee-arrived',
      handles: ['toy.ReturneeArrived'],
      // The kit the other reaction opened for this arrival (its id is derived from the cause and that reaction's answer).
      react: () => [{ type: 'HandOverKit', data: { kitId: kitOpenedFor.id } }],
    };
    const other = await kits(store).handle({ type: 'OpenKit', data: { caseId: 'c0', country: 'SN' } }, { actor: { userId: 'cm', role: 'case_manager' }, correlationId: 'x' });
    const twoStreams: Reaction<Arrived, CommandInput<KitCommand>> = {
      name: 'open-and-hand-over-when-returnee-arrived',
      handles: ['toy.ReturneeArrived'],
      react: (e) => [
        { type: 'OpenKit', data: { caseId: e.data.caseId, country: 'MA' } },
        { type: 'HandOverKit', data: { kitId: other.id } },
      ],
    };
    const kitOpenedFor = await kits(store).handle({ type: 'OpenKit', data: { caseId: 'c1', country: 'SN' } }, reactionContext({ event: arrived, reaction: openKitWhenArrived.name, step: 0 }));
    await start([openKitWhenArrived, handOver, twoStreams]).caughtUp();
    const types = (await kitEvents()).map((e) => `${e.type}@${e.streamId}`);
    expect(types.filter((t) => t.startsWith('toy.KitOpened'))).toHaveLength(3);
    expect(types).toContain(`toy.KitHandedOver@kit-${kitOpenedFor.id}`);
    expect(types).toContain(`toy.KitHandedOver@kit-${other.id}`);
    expect(types).toHaveLength(5);
  });

  it("reads the log once for all of a service's reactions, each from its own checkpoint", async () => {
    await arrive('c1');
    await arrive('c2');
    const reads: number[] = [];
    const counted: EventStore = Object.assign(Object.create(store), {
      readAll: (options: Parameters<EventStore['readAll']>[0]) => {
        reads.push(options.after);
        return store.readAll(options);
      },
    });
    const noted: string[] = [];
    const note: Reaction<Arrived, CommandInput<KitCommand>> = { name: 'note-arrival', handles: ['toy.ReturneeArrived'], react: (e) => (noted.push(e.data.caseId), []) };
    // The second reaction had answered the first arrival before (a checkpoint saved by an earlier instance).
    await store.checkpoints.save(ReactionRunner.checkpointOf(note), 1);
    await start([openKitWhenArrived, note], counted).caughtUp();
    // One read of the two arrivals for both reactions (then reads of the kits they opened), not one each.
    expect(reads.filter((after) => after < 2)).toEqual([0]);
    expect(noted).toEqual(['c2']);
    expect(await kitEvents()).toHaveLength(2);
  });

  it('lets a failing reaction hold up no other: the others answer, and it answers once it runs again', async () => {
    let down = true;
    const failing: Reaction<Arrived, CommandInput<KitCommand>> = {
      name: 'fail-while-down',
      handles: ['toy.ReturneeArrived'],
      react: () => {
        if (down) throw new Error('connection refused');
        return [];
      },
    };
    await arrive('c1');
    start([failing, openKitWhenArrived]);
    await waitFor(async () => (await kitEvents()).length === 1);
    expect(errors.length).toBeGreaterThan(0);
    expect(await store.checkpoints.load(ReactionRunner.checkpointOf(failing))).toBe(0);
    await arrive('c2');
    runner!.wake();
    await waitFor(async () => (await kitEvents()).length === 2);
    down = false;
    await runner!.caughtUp();
    expect(await store.checkpoints.load(ReactionRunner.checkpointOf(failing))).toBe(await store.headPosition());
    expect(await kitEvents()).toHaveLength(2);
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error('condition never held');
    await new Promise((r) => setTimeout(r, 20));
  }
}
