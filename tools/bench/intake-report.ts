import type { BenchConfig } from './config';
import type { ConsentResults } from './consent-answer';
import { APPEND_ONLY, LOAD_DECIDE_APPEND, type IntakeLengthResult } from './intake-phase';
import { median, summarize, type Summary } from './stats';

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(3) : 'n/a');
const rate = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a');
const pct = (n: number) => (Number.isFinite(n) ? `${Math.round(n * 100)}%` : 'n/a');

interface Row {
  length: number;
  ours: Summary;
  append: Summary;
  /** fold + decide in-process, ms per command (median over rounds). */
  foldMs: number;
  /** The same over a history of the same length without counselling sessions. */
  flatMs: number;
}

const rowsOf = (results: IntakeLengthResult[]): Row[] =>
  results.map((r) => ({
    length: r.length,
    ours: summarize(r.samples.get(LOAD_DECIDE_APPEND)!),
    append: summarize(r.samples.get(APPEND_ONLY)!),
    foldMs: median(r.foldDecideNs) / 1e6,
    flatMs: median(r.foldFlatNs) / 1e6,
  }));

/** What replaying the history adds to a command, at p50: everything the bare append does not do. */
const replayMs = (r: Row) => r.ours.p50Ms - r.append.p50Ms;

export function intakeTables(results: IntakeLengthResult[], consent: ConsentResults): string {
  const rows = rowsOf(results);
  const latency = ['| History (events) | Contender | commands/s | p50 ms | p99 ms | client CPU µs/command |', '|---:|---|---:|---:|---:|---:|'];
  for (const r of rows) {
    for (const [name, s] of [[LOAD_DECIDE_APPEND, r.ours], [APPEND_ONLY, r.append]] as const) {
      latency.push(`| ${r.length.toLocaleString('en-US')} | ${name} | ${rate(s.eventsPerSec)} | ${ms(s.p50Ms)} | ${ms(s.p99Ms)} | ${s.cpuUsPerOp.toFixed(0)} |`);
    }
  }
  const replay = [
    '| History (events) | replay = ours − append only (p50 ms) | of which fold + decide in-process (ms) | rest: reading and mapping the stream (ms) | replay share of the command (p50) | append only / ours (commands/s) | fold + decide, same length without sessions (ms) |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.length.toLocaleString('en-US')} | ${ms(replayMs(r))} | ${ms(r.foldMs)} | ${ms(replayMs(r) - r.foldMs)} | ${pct(replayMs(r) / r.ours.p50Ms)} | ${(r.append.eventsPerSec / r.ours.eventsPerSec).toFixed(1)}× | ${ms(r.flatMs)} |`,
    ),
  ];
  const answers = ['| Consent register (records) | mayReceive calls/s | ns/call (median) | min – max over rounds (ns) |', '|---:|---:|---:|---|'];
  for (const c of consent) {
    const ns = median(c.nsPerCall);
    answers.push(`| ${c.size} | ${rate(1e9 / ns)} | ${ns.toFixed(0)} | ${Math.min(...c.nsPerCall).toFixed(0)} – ${Math.max(...c.nsPerCall).toFixed(0)} |`);
  }
  return [latency.join('\n'), replay.join('\n'), answers.join('\n')].join('\n\n');
}

/**
 * The reading, from the figures: where replaying the history starts to dominate a command,
 * what it is made of at the longest history, and how the consent answer compares.
 * `rttMs`: the bare round trip from the diagnostics, when they ran.
 */
export function intakeReading(results: IntakeLengthResult[], consent: ConsentResults, rttMs?: number): string {
  const rows = rowsOf(results);
  if (!rows.length) return 'No intake figures.';
  const n = (length: number) => length.toLocaleString('en-US');
  const share = (r: Row) => replayMs(r) / r.ours.p50Ms;
  const [first, longest] = [rows[0], rows[rows.length - 1]];
  const dominant = rows.find((r) => share(r) > 0.5);
  const rtt = rttMs === undefined ? '' : `; a bare round trip is ${ms(rttMs)} ms`;
  const where =
    dominant === first
      ? `Replaying the history is already more than half of an intake command at ${n(first.length)} events (${pct(share(first))} of its p50, ${ms(replayMs(first))} ms${rtt})`
      : dominant
        ? `Replaying the history becomes more than half of an intake command between ${n(rows[rows.indexOf(dominant) - 1].length)} and ${n(dominant.length)} events (${pct(share(dominant))} of its p50 at ${n(dominant.length)})`
        : `Replaying the history stays under half of an intake command up to ${n(longest.length)} events`;
  const sentences = [
    `${where}; at ${n(longest.length)} events a command takes ${ms(longest.ours.p50Ms)} ms at p50, ${(longest.ours.p50Ms / longest.append.p50Ms).toFixed(1)}× the bare append: ` +
      `${ms(replayMs(longest) - longest.foldMs)} ms reading and mapping the stream, ${ms(longest.foldMs)} ms folding and deciding.`,
  ];
  const perEvent = (msPerCommand: number, length: number) => `${Math.round((msPerCommand * 1e6) / length).toLocaleString('en-US')} ns/event`;
  if (rows.length > 1) {
    sentences.push(
      `The bare append itself goes from ${ms(first.append.p50Ms)} ms at ${n(first.length)} events to ${ms(longest.append.p50Ms)} ms at ${n(longest.length)}.`,
      `Fold + decide costs ${perEvent(first.foldMs, first.length)} at ${n(first.length)} events and ${perEvent(longest.foldMs, longest.length)} at ${n(longest.length)}, ` +
        `against ${perEvent(longest.flatMs, longest.length)} for ${n(longest.length)} events without counselling sessions: it follows the sessions held in the state, not the number of events.`,
    );
  }
  const biggest = consent[consent.length - 1];
  if (biggest) sentences.push(`mayReceive over ${biggest.size} records takes ${(median(biggest.nsPerCall) / 1000).toFixed(1)} µs, nothing beside one append.`);
  return `Reading: ${sentences.join(' ')}`;
}

export function intakeMethod(cfg: BenchConfig): string[] {
  return [
    'Case histories are made by the real decider (decideCase/evolveCase): RegisterReturnee (2 events), GiveConsent to assistance, then AssessIndividualFactor commands and whole pre-departure counselling sessions (scheduled, started, six steps, the closing one ending it: 9 events) in turn, to exactly the nominal length; they are appended through CataloguedEventStore, so every event is validated against the catalogue.',
    `Timed command: AssessIndividualFactor. **${LOAD_DECIDE_APPEND}** = the platform's CommandHandler (read the whole stream, fold it with evolveCase, decideCase, append at the version read) bound as intake's CaseCommands binds it; **${APPEND_ONLY}** = appendToStream of the same event (decided before the clock on the case's known state) at the right expected version, without reading. Both through CataloguedEventStore over PostgresEventStore, each on its own single-connection pool and its own cases, in one fresh schema dropped at the end.`,
    `At each history length (${cfg.intakeLengths.join(', ')} events): ${cfg.intakeCommands} commands per contender per round, a tenth as warm-up, ${cfg.rounds} rounds of ${cfg.slices} slices with the two taking turns, medians over rounds. Commands go round-robin over enough cases that each takes at most a tenth of its length in new events (one per case at 10 events), so histories stay within 10% of their nominal length.`,
    `fold + decide in-process: the history of one case read back from the store, folded and decided in a loop calibrated to samples of about ${cfg.consentSampleMs} ms, median of ${cfg.rounds} rounds (the lengths taking turns); likewise for a history of the same length made of individual factors only, decided in memory, to tell the length of a history from the state it folds into.`,
    `Consent answer: mayReceive(records, question) over registers of ${cfg.consentSizes.join(', ')} records built by registerConsent (assistance, referral, M&E and sharing with ten named providers in turn; one in seven refused, a fifth of the given ones later withdrawn), asking five questions in turn (covered, category not covered, unknown recipient, too early, assistance). Pure and in-process: calibrated samples of about ${cfg.consentSampleMs} ms, median of ${cfg.rounds} rounds.`,
  ];
}

export function intakeSection(cfg: BenchConfig, results: IntakeLengthResult[], consent: ConsentResults, rttMs?: number): string[] {
  return ['## Intake: command latency against case history, and the consent answer', '', ...intakeMethod(cfg).map((l) => `- ${l}`), '', intakeTables(results, consent), '', intakeReading(results, consent, rttMs), ''];
}
