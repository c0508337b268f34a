import type { CaseCommand } from '@homeward/domain';
import type { CaseEvent } from '@homeward/contracts/intake';
import type { EventCatalogue } from '../../libs/events/src/catalogue/event-catalogue';
import { caseStreamId, type NewEvent, type RecordedEvent } from '../../libs/events/src/envelope';
import type { EventStore } from '../../libs/events/src/store/event-store.port';
import { CataloguedEventStore } from '../../libs/events/src/store/catalogued-event-store';
import { CommandHandler } from '../../libs/events/src/commands/command-handler';
import { pgExecutor } from '../../libs/events/src/store/postgres/drivers';
import { PostgresEventStore } from '../../libs/events/src/store/postgres/postgres-event-store';
import { rotate, type BenchConfig } from './config';
import { assessFactor, buildCase, caseDecider, envelope, toNewEvent, type BuiltCase } from './intake-histories';
import { calibrate, nsPerCall } from './pure-timer';
import { mergeSamples, timeOps, type Sample } from './stats';

export const LOAD_DECIDE_APPEND = 'ours: load + decide + append';
export const APPEND_ONLY = 'append only (no read)';

export interface IntakeLengthResult {
  length: number;
  /** Per contender, one merged sample per round. */
  samples: Map<string, Sample[]>;
  /** In-process fold of the history read back plus decide, ns per command, one figure per round. */
  foldDecideNs: number[];
  /** The same on a history of the same length made of individual factors only (no sessions). */
  foldFlatNs: number[];
}

/** Runs `ops` commands on the next cases of its pool (round-robin), timing each. */
type Runner = (ops: number) => Promise<Sample>;

/**
 * Intake commands against the length of the case's history. At each length, two
 * contenders on cases of their own built by the real decider: the platform's CommandHandler (read the
 * whole stream, fold it with evolveCase, decideCase, append at the version read) and the
 * bare append of the same event at the right version. Warm-up, then rounds cut into
 * slices with the two taking turns, as in the append phase. Each case takes at most a
 * tenth of its length in new commands, so a history stays within 10% of its nominal length.
 */
export async function runIntakePhase(url: string, schema: string, catalogue: EventCatalogue, cfg: BenchConfig, log: (line: string) => void): Promise<IntakeLengthResult[]> {
  if (cfg.intakeLengths.some((l) => l < 3)) throw new Error('BENCH_INTAKE_LENGTHS: a case has at least 3 events (registration and consent to assistance)');
  const open = async () => new CataloguedEventStore(await PostgresEventStore.open(await pgExecutor(url, 1), schema), catalogue);
  const writer = await open();
  const stores = { ours: await open(), append: await open() };
  const results: IntakeLengthResult[] = [];
  const histories: RecordedEvent[][] = [];
  try {
    for (const length of cfg.intakeLengths) {
      const warm = Math.max(5, Math.ceil(cfg.intakeCommands / 10));
      const perCase = Math.max(1, Math.floor(length / 10));
      const cases = Math.ceil((warm + cfg.rounds * cfg.intakeCommands) / perCase);
      log(`  intake: ${length}-event histories, ${cases} cases per contender`);
      const oursCases = await seed(writer, `lda-${length}`, length, cases);
      const appendCases = await seed(writer, `app-${length}`, length, cases);
      histories.push(await stores.ours.readStream(caseStreamId(oursCases[0].caseId)));
      const contenders: Array<[string, Runner]> = [
        [LOAD_DECIDE_APPEND, loadDecideAppend(stores.ours, oursCases, length)],
        [APPEND_ONLY, appendOnly(stores.append, appendCases, length)],
      ];
      for (const [, run] of contenders) await run(warm);
      const samples = new Map<string, Sample[]>(contenders.map(([name]) => [name, []]));
      const slices = Math.min(cfg.slices, cfg.intakeCommands);
      for (let r = 0; r < cfg.rounds; r++) {
        const parts = new Map<string, Sample[]>(contenders.map(([name]) => [name, []]));
        for (let s = 0; s < slices; s++) {
          const ops = Math.floor(cfg.intakeCommands / slices) + (s < cfg.intakeCommands % slices ? 1 : 0);
          for (const [name, run] of rotate(contenders, r * slices + s)) parts.get(name)!.push(await run(ops));
        }
        for (const [name] of contenders) {
          const round = mergeSamples(parts.get(name)!);
          samples.get(name)!.push(round);
          log(`  intake ${length} r${r + 1} ${name}: ${Math.round(round.events / (round.elapsedMs / 1000))} commands/s`);
        }
      }
      results.push({ length, samples, foldDecideNs: [], foldFlatNs: [] });
    }
  } finally {
    await Promise.all([writer.close(), stores.ours.close(), stores.append.close()]);
  }
  foldAndDecide(results, histories, cfg);
  return results;
}

/** Decides each case in memory, then appends it in chunks of 100 through the catalogue (so every event is validated). */
async function seed(writer: EventStore, tag: string, length: number, count: number): Promise<BuiltCase[]> {
  const cases: BuiltCase[] = [];
  for (let i = 0; i < count; i++) {
    const built = buildCase(`${tag}-${i}`, length);
    const meta = envelope();
    for (let v = 0; v < length; v += 100) {
      await writer.appendToStream(caseStreamId(built.caseId), built.events.slice(v, v + 100).map((e) => toNewEvent(e, meta)), { expectedVersion: v });
    }
    cases.push(built);
  }
  return cases;
}

/** The handler as intake's CaseCommands binds it, less the caller's scope (a guard of a few comparisons). */
function loadDecideAppend(store: EventStore, cases: BuiltCase[], length: number): Runner {
  const handler = new CommandHandler(store, {
    decider: caseDecider,
    idField: 'caseId',
    streamId: caseStreamId,
    metadata: ({ now, userId, role }) => ({ now, userId, role, today: now.slice(0, 10) }),
    country: (state) => (state.status === 'none' ? '' : state.office),
  });
  const versions = cases.map(() => length);
  let next = 0;
  return (ops) => {
    const first = next;
    next += ops;
    const commands = Array.from({ length: ops }, (_, i) => assessFactor(cases[(first + i) % cases.length].caseId, first + i));
    const contexts = commands.map(() => envelope());
    return timeOps(ops, 1, async (i) => {
      const c = (first + i) % cases.length;
      const { type, data } = commands[i];
      const result = await handler.handle({ type, data }, { actor: contexts[i].actor, correlationId: contexts[i].correlationId });
      if (result.nextExpectedVersion !== ++versions[c]) throw new Error(`case ${cases[c].caseId} at version ${result.nextExpectedVersion}, expected ${versions[c]}`);
    });
  };
}

/** The very event the handler would write, decided before the clock starts on the case's known state. */
function appendOnly(store: EventStore, cases: BuiltCase[], length: number): Runner {
  const versions = cases.map(() => length);
  let next = 0;
  return (ops) => {
    const first = next;
    next += ops;
    const events: NewEvent[] = Array.from({ length: ops }, (_, i) => {
      const c = cases[(first + i) % cases.length];
      const [event] = caseDecider.decide(assessFactor(c.caseId, first + i), c.state);
      return toNewEvent(event, envelope());
    });
    return timeOps(ops, 1, async (i) => {
      const c = (first + i) % cases.length;
      await store.appendToStream(caseStreamId(cases[c].caseId), [events[i]], { expectedVersion: versions[c] });
      versions[c]++;
    });
  };
}

/**
 * What the handler does between reading and appending, without I/O: fold the history read
 * back, then decide; beside it, a history of the same length without counselling sessions,
 * which tells the length of a history from the size of the state it folds into.
 */
function foldAndDecide(results: IntakeLengthResult[], histories: RecordedEvent[][], cfg: BenchConfig): void {
  const subjects = results.flatMap((result, k) => {
    const caseId = String(histories[k][0].data.caseId);
    const command = assessFactor(caseId, 0);
    const flat = buildCase(caseId, result.length, false).events;
    return [
      { into: result.foldDecideNs, fold: foldDecide(histories[k], command) },
      { into: result.foldFlatNs, fold: foldDecide(flat, command) },
    ].map((s) => ({ ...s, iterations: calibrate(s.fold, cfg.consentSampleMs) }));
  });
  for (let r = 0; r < cfg.rounds; r++) {
    for (const s of rotate(subjects, r)) s.into.push(nsPerCall(s.fold, s.iterations));
  }
}

const foldDecide = (history: Array<{ type: string; data: object }>, command: CaseCommand) => () =>
  caseDecider.decide(command, history.reduce((s, e) => caseDecider.evolve(s, e as CaseEvent), caseDecider.initialState())).length;
