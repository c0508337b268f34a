import type { HostInfo } from '../machine';
import type { EndToEndConfig } from './e2e-config';
import type { EndToEndRun } from './end-to-end-run';
import type { Latency } from './latency';
import { STAGE_NAMES } from './stages';
import { slowestStage, TARGET_RATIO } from './verdict';

export const END_TO_END_HEADING = '## End to end: registration to case list';

const ms = (v: number) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : 'n/a');
const trio = (l: Latency) => `${ms(l.p50)} / ${ms(l.p99)} / ${ms(l.max)}`;

/** The section of BENCHMARKS.md on end-to-end latency: self-contained, since `npm run bench -- end-to-end` rewrites it alone. */
export function endToEndSection(runs: EndToEndRun[], cfg: EndToEndConfig, host: HostInfo, at: Date, load: [number, number], servers: string): string[] {
  return [
    END_TO_END_HEADING,
    '',
    `Measured on ${at.toISOString()} by \`npm run bench -- end-to-end\` on ${host.cpu}, ${host.cores} cores, RAM ${host.ramGiB} GiB, ${host.os}, Node ${host.node}; ${servers}; load average (1 min) ${load[0].toFixed(2)} at start, ${load[1].toFixed(2)} at end.`,
    '',
    ...method(cfg),
    '',
    `| Read models | registrations measured (answered 201) | \`POST /returnees\` p99 | answer → case list p50 / p99 / max | kafkajs round trip p50 / p99 | e2e p99 ÷ kafkajs p99 | Target | Result |`,
    '|---|---:|---:|---:|---:|---:|---|---|',
    ...runs.map(
      (r) =>
        `| ${r.readModels} | ${r.offered} (${r.registered}) | ${ms(r.http.p99)} ms | ${trio(r.endToEnd)} ms${r.unseen ? `, ${r.unseen} never seen` : ''} | ${ms(r.kafkajs.p50)} / ${ms(r.kafkajs.p99)} ms | ${r.verdict.ratio.toFixed(2)}× | ≤ ${TARGET_RATIO}× (${ms(r.verdict.allowedMs)} ms) | ${r.verdict.pass ? 'PASS' : 'MISS'} |`,
    ),
    '',
    `Each hop of a case's \`intake.CaseOpened\`, p50 / p99 / max in ms (${stageMethod()}):`,
    '',
    `| Read models | ${Object.values(STAGE_NAMES).join(' | ')} |`,
    `|---|${Object.values(STAGE_NAMES).map(() => '---:').join('|')}|`,
    ...runs.map((r) => `| ${r.readModels} | ${r.stages.map((s) => trio(s.latency)).join(' | ')} |`),
    '',
    ...runs.flatMap((r) => reading(r)),
    '',
  ];
}

function method(cfg: EndToEndConfig): string[] {
  return [
    `- What is timed: ${cfg.rate} registrations/s (\`BENCH_E2E_RATE\`) offered for ${cfg.seconds} s (\`BENCH_E2E_SECONDS\`) after ${cfg.warmupSeconds} s of warm-up at the same rate (not counted), in an open loop (each leaves on its schedule, answered or not), alternating between two intake processes; from the moment the answer of \`POST /returnees\` reaches the client to the first moment the case is in monitoring's case list. The list is the read model \`GET /cases\` pages through, asked by id for every case not seen yet every ${cfg.pollMs} ms (\`BENCH_E2E_POLL_MS\`): a case counts as seen at the start of the query that first returns it. Cases not seen ${cfg.drainSeconds} s after the last registration (\`BENCH_E2E_DRAIN_S\`) count as never seen.`,
    '- Distributed mode as `npm run start:distributed` runs it: two intake processes and one monitoring process (`node -r @swc-node/register apps/<service>/src/main.ts`, `HOMEWARD_MODE=distributed`, listening on 127.0.0.1), against the PostgreSQL, Kafka and MongoDB-wire servers of infra/, read models as `HOMEWARD_READ_MODELS` says for both services. One intake relays (the lease); the other\'s appends reach it by LISTEN/NOTIFY. Every run has its own `HOMEWARD_NAMESPACE` and topic prefix, and drops its schemas, collections, topics and consumer groups at the end.',
    `- The reference: a bare kafkajs round trip on the same broker, during the same window and at the same rate: a producer with kafkajs's defaults (acks from all in-sync replicas) sends one message per tick to a topic of its own (3 partitions), a consumer of its own group in the bench process times it from just before \`send\` to \`eachMessage\`. Target (issue 10, point 5): answer → case list p99 ≤ ${TARGET_RATIO}× the kafkajs p99, every registration seen.`,
    '- The machine is shared: the figures are one sample, indicative of where the time goes rather than a capacity.',
  ];
}

function stageMethod(): string {
  return `the append as intake's log recorded it (clock_timestamp() at insert), the Kafka CreateTime the relay's producer stamped, a bare consumer of intake's topic in the bench process, monitoring's inbox row (clock_timestamp() at import), the case list watch; one machine, one clock`;
}

/** What the run says: the verdict, what limits it, and what the machine was doing. */
function reading(r: EndToEndRun): string[] {
  const slowest = slowestStage(r.stages.filter((s) => s.name !== STAGE_NAMES.answer && s.name !== STAGE_NAMES.bare));
  const k99 = r.kafkajs.p99;
  const hops = r.stages
    .filter((s) => s.name !== STAGE_NAMES.bare)
    .map((s) => `${s.name} ${ms(s.latency.p99)} ms (${(s.latency.p99 / k99).toFixed(1)}× kafkajs p99)`)
    .join('; ');
  const cpu = r.cpu.cores.map((c) => `${c.label} ${c.cores === null ? 'n/a' : c.cores.toFixed(2)}`).join(', ');
  const lag = r.serviceLag.map((l) => `${l.label}${l.label === r.relaying ? ' (relaying)' : ''} ${l.p99Ms === null ? 'n/a' : `${ms(l.p99Ms)} / ${ms(l.maxMs)}`}`).join(', ');
  const b = r.batching;
  const stops = r.stops.map((s) => `${s.label} ${s.killed ? 'killed after 15 s' : s.code === 0 ? `exited 0 in ${s.ms} ms` : `ended by ${s.signal ?? `code ${s.code}`} in ${s.ms} ms`}`).join(', ');
  return [
    `**${r.readModels}: ${r.verdict.pass ? 'PASS' : 'MISS'}** (${ms(r.endToEnd.p99)} ms against ${ms(r.verdict.allowedMs)} ms allowed).${slowest ? ` Slowest hop at p99: ${slowest.name}.` : ''} At p99: ${hops}.${r.unseen ? ` ${r.unseen} cases never reached the list within the drain.` : ''}${r.failures.count ? ` ${r.failures.count} registrations were not answered 201: the rate was not sustained.` : ''}`,
    '',
    `- ${r.failures.count ? `${r.failures.count} registrations failed (first: ${r.failures.first}); ` : ''}generator at most ${ms(r.maxLateMs)} ms behind its schedule; \`GET /cases\` listed ${r.caseList.total ?? 'n/a'} cases at the end, ${r.caseList.expected} registrations having answered 201; ${r.repeats} repeated copies of \`intake.CaseOpened\` on the topic; kafkajs probe: ${r.kafkajsLost} messages lost, ${r.kafkajsRepeats} repeated.`,
    `- CPU over the load: machine ${r.cpu.machineBusyPct === null ? 'n/a' : `${r.cpu.machineBusyPct.toFixed(0)}% busy`} (all cores, other helpers included); in cores: ${cpu}; the bench's event loop late by up to ${ms(r.benchLoopDelay.p99)} ms at p99 (${ms(r.benchLoopDelay.max)} ms at most). Stopped with SIGTERM: ${stops}.`,
    `- Event-loop lag over the load (p99 / max ms, from each service's \`/metrics\`): ${lag}. Batching: the relay put ${b.topicMessages} messages on intake's topic in about ${b.relaySends} sends (${(b.topicMessages / Math.max(1, b.relaySends)).toFixed(1)} per send); monitoring's inbox imported ${b.imported} events in ${b.importTransactions} transactions (${(b.imported / Math.max(1, b.importTransactions)).toFixed(1)} per import).`,
    '',
  ];
}
