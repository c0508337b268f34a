import type { MachineInfo } from '../machine';
import { verdict } from '../report';
import type { Summary } from '../stats';
import type { ConcurrencyConfig } from './concurrency-config';
import type { CellResult, ContenderResult } from './concurrency-phase';
import { CONTENDERS, type ContenderKey } from './contenders';
import { IDLE, ON_CPU, type WaitTally } from './wait-sampler';

export const CONCURRENCY_HEADING = '## Concurrent appends';
/** The single-writer appends' target (ours / raw INSERT), held at every concurrency. */
export const CONCURRENCY_TARGET = 0.85;

export const LABEL: Record<ContenderKey, string> = { ours: 'ours', bare: 'the store alone, announcing nothing', raw: 'raw INSERT' };

/** What a wait event means for an append, for the ones these appends meet. */
const MEANING: Record<string, string> = {
  // PostgreSQL's async.c, PreCommit_Notify: a heavyweight lock on "database 0", released after the commit.
  'Lock:object': 'the lock a transaction that NOTIFYs takes at commit, one for the whole server, held until its commit is done (flushed, with synchronous_commit on), so such transactions commit one at a time (why announcements are not part of the append)',
  'IO:WALSync': 'flushing the WAL to disk at commit',
  'IO:WALWrite': 'writing the WAL at commit',
  'LWLock:WALWrite': "waiting for another backend's WAL write or flush",
  'LWLock:WALInsert': 'inserting into the WAL buffers',
  'LWLock:BufferContent': 'a page (of the table or an index) locked by another backend',
  'Client:ClientRead': 'reading the rest of a statement from the client',
  [ON_CPU]: 'executing the statement',
  [IDLE]: 'the round trip and the Node client',
};

const rate = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a');
const us = (n: number | null) => (n === null ? 'n/a' : n.toFixed(0));
const ms = (s: Summary) => `${s.p50Ms.toFixed(3)} / ${s.p99Ms.toFixed(3)}`;
const pct = (share: number) => `${Math.round(share * 100)}%`;
const cellName = (c: CellResult) => `${c.writers} writer${c.writers > 1 ? 's' : ''}, synchronous_commit ${c.synchronousCommit}`;

/** a's events/s over b's in one cell. */
export function ratio(c: CellResult, a: ContenderKey, b: ContenderKey): number {
  return c.results[a].summary.eventsPerSec / c.results[b].summary.eventsPerSec;
}

/** PASS when ours reaches CONCURRENCY_TARGET of raw INSERT's events/s, as the store bench's verdict. */
export function cellVerdict(c: CellResult): string {
  return verdict({ name: cellName(c), value: ratio(c, 'ours', 'raw'), target: CONCURRENCY_TARGET });
}

export function targetsTable(cells: CellResult[]): string[] {
  const rows = cells.map((c) => {
    const { ours, raw } = c.results;
    return `| ${c.writers} | ${c.synchronousCommit} | ${rate(ours.summary.eventsPerSec)} | ${rate(raw.summary.eventsPerSec)} | ${ratio(c, 'ours', 'raw').toFixed(2)} | ≥ ${CONCURRENCY_TARGET} | ${cellVerdict(c)} | ${ms(ours.summary)} | ${ms(raw.summary)} |`;
  });
  return ['| Writers | synchronous_commit | ours events/s | raw INSERT events/s | ours / raw | Target | Result | ours p50 / p99 ms | raw p50 / p99 ms |', '|---:|---|---:|---:|---:|---:|---|---:|---:|', ...rows];
}

/** Per contender: its figures, the CPU it cost per append, and where its connections spent their time. */
export function timeTable(cells: CellResult[]): string[] {
  const rows = cells.flatMap((c) =>
    CONTENDERS.map((k) => {
      const r = c.results[k];
      const u = perAppend(r);
      return `| ${c.writers} | ${c.synchronousCommit} | ${LABEL[k]} | ${rate(r.summary.eventsPerSec)} | ${ms(r.summary)} | ${us(u.clientRun)} / ${us(u.serverRun)} | ${us(u.clientWait)} / ${us(u.serverWait)} | ${u.machineBusy === null ? 'n/a' : pct(u.machineBusy)} | ${describeWaits(r.waits)} |`;
    }),
  );
  return [
    '| Writers | synchronous_commit | Contender | events/s | p50 / p99 ms | CPU µs/append: client / server | waiting for a core µs/append: client / server | machine busy | its connections, share of samples |',
    '|---:|---|---|---:|---:|---:|---:|---:|---|',
    ...rows,
  ];
}

/** What the states shown for `cells` mean, for the ones known. */
export function legend(cells: CellResult[]): string {
  const shown = new Set(cells.flatMap((c) => CONTENDERS.flatMap((k) => largest(c.results[k].waits).map(([label]) => label))));
  return Object.entries(MEANING)
    .filter(([label]) => shown.has(label))
    .map(([label, meaning]) => `${label}: ${meaning}`)
    .join('; ');
}

export interface PerAppend {
  clientRun: number | null;
  clientWait: number | null;
  serverRun: number | null;
  serverWait: number | null;
  /** Share of the machine's core time busy (every process) while the contender ran. */
  machineBusy: number | null;
}

/** CPU figures in µs per append; null where they could not be read (not Linux, a server elsewhere). */
export function perAppend(r: ContenderResult): PerAppend {
  const per = (ns: number, known: boolean) => (known && r.appends ? ns / 1000 / r.appends : null);
  const client = r.cpu.client.runNs > 0;
  const server = r.cpu.serverKnown && r.cpu.server.runNs > 0;
  return {
    clientRun: per(r.cpu.client.runNs, client),
    clientWait: per(r.cpu.client.waitNs, client),
    serverRun: per(r.cpu.server.runNs, server),
    serverWait: per(r.cpu.server.waitNs, server),
    machineBusy: r.cpu.machineTotal ? r.cpu.machineBusy / r.cpu.machineTotal : null,
  };
}

const SHOWN = 4;
const largest = (tally: WaitTally) => [...tally.entries()].sort((a, b) => b[1] - a[1]).slice(0, SHOWN);

/** The largest shares first, the four largest by name and the rest summed. */
export function describeWaits(tally: WaitTally): string {
  const total = [...tally.values()].reduce((n, v) => n + v, 0);
  if (!total) return 'no sample';
  const shown = largest(tally);
  const rest = total - shown.reduce((n, [, v]) => n + v, 0);
  return [...shown.map(([label, n]) => `${label} ${pct(n / total)}`), ...(rest ? [`other ${pct(rest / total)}`] : [])].join(', ');
}

export function shares(tally: WaitTally): Map<string, number> {
  const total = [...tally.values()].reduce((n, v) => n + v, 0);
  return new Map([...tally.entries()].map(([label, n]) => [label, total ? n / total : 0]));
}

/**
 * For each missed cell, what the measurements put in the gap: the state in which ours' connections
 * spend more of their time than raw's the most, what the same store does without announcing its commits,
 * and the CPU each append cost on both sides of the connection.
 */
export function limits(cells: CellResult[]): string[] {
  return cells
    .filter((c) => cellVerdict(c) === 'MISS')
    .map((c) => {
      const ours = shares(c.results.ours.waits);
      const raw = shares(c.results.raw.waits);
      const [label, excess] = [...ours.entries()]
        .filter(([l]) => l !== IDLE)
        .map(([l, share]): [string, number] => [l, share - (raw.get(l) ?? 0)])
        .sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
      const wait =
        excess > 0
          ? `where ours' connections differ most from raw's: ${pct(ours.get(label)!)} of samples on ${label} against ${pct(raw.get(label) ?? 0)}`
          : "no state of ours' connections stands out against raw's";
      const [oursCpu, rawCpu] = [perAppend(c.results.ours), perAppend(c.results.raw)];
      const cpu = (u: PerAppend) => `${us(u.clientRun)} + ${us(u.serverRun)} µs`;
      return (
        `${cellName(c)}: ours at ${ratio(c, 'ours', 'raw').toFixed(2)}× raw; ${wait}. ` +
        `Without announcing its commits the same store reaches ${ratio(c, 'bare', 'raw').toFixed(2)}× raw. ` +
        `CPU per append (client + server): ours ${cpu(oursCpu)}, raw ${cpu(rawCpu)}${oursCpu.machineBusy === null ? '' : `, the machine's cores ${pct(oursCpu.machineBusy)} busy while ours ran`}.`
      );
    });
}

export interface ConcurrencyRun {
  cfg: ConcurrencyConfig;
  cells: CellResult[];
  machine: MachineInfo;
  at: Date;
  durationS: number;
  load: [number, number];
}

/** The section of BENCHMARKS.md on concurrent appends: self-contained, since `npm run bench -- concurrency` rewrites it alone. */
export function concurrencySection(r: ConcurrencyRun): string[] {
  const m = r.machine;
  const { cfg } = r;
  const missed = limits(r.cells);
  return [
    CONCURRENCY_HEADING,
    '',
    `Measured on ${r.at.toISOString()} by \`npm run bench -- concurrency\` (${Math.round(r.durationS)} s) on ${m.cpu}, ${m.cores} cores, RAM ${m.ramGiB} GiB, ${m.os}, Node ${m.node}; ${m.postgres}, synchronous_commit ${m.settings.synchronous_commit} in its configuration (each bench session sets its own); load average (1 min) ${r.load[0].toFixed(2)} at start, ${r.load[1].toFixed(2)} at end${Math.max(...r.load) > m.cores ? ': the machine was busy with other work, so every contender got less of its cores than it could have used' : ''}.`,
    '',
    `- What is timed: ${cfg.appends.toLocaleString('en-US')} single-event appends to new streams (expected version 0) per contender and cell, from as many concurrent writers as the pool has connections (${cfg.writers.join(', ')}); a writer starts its next append as soon as its last one returns. events/s is appends over wall time; p50/p99 is one append as its writer sees it.`,
    '- Contenders, one pool each per cell: **ours** = PostgresEventStore.appendToStream (one prepared statement, no lock; the catalogue left out), each append then announced to the other instances of the service, as services do (AppendListener.announce: a NOTIFY of its own on one more connection, coalesced while one is on its way); **raw INSERT** = a plain INSERT with `pg` into a table with our columns and indexes (DDL cut from our schema script) and no trigger; diagnostic: **the store alone, announcing nothing**.',
    '- synchronous_commit is set for each connection in its startup options (`-c synchronous_commit=…`, checked with SHOW); the server configuration is not changed. Fresh schemas per run, dropped at the end.',
    `- Each contender is warmed up (a tenth of the appends, at least two per connection), then ${cfg.rounds} rounds, each cut into ${cfg.slices} slices the contenders take in turn, the first one rotating, so outside load lands on all of them; every figure is the median over rounds.`,
    `- Where the time goes, over every timed slice: every ${cfg.sampleMs} ms, pg_stat_activity tells what each of the contender's connections (found by application_name) is doing, shares over all (connection, sample) pairs; the kernel's scheduler (/proc/<pid>/schedstat) gives the CPU time of its server backends and of this process, and their time runnable but waiting for a core; /proc/stat how busy the machine's cores were, whatever ran on them.`,
    '',
    ...targetsTable(r.cells),
    '',
    ...timeTable(r.cells),
    '',
    `States: ${legend(r.cells)}.`,
    '',
    ...(missed.length ? ['What limits the misses (measured):', '', ...missed.map((l) => `- ${l}`)] : ['Every cell reaches the target.']),
    '',
  ];
}
