import type { HostInfo } from '../machine';
import type { UrgentConfig } from './urgent-config';
import type { UrgentLatency } from './urgent-latency';
import type { UrgentRun } from './urgent-run';
import { EMBEDDED_P99_MS, KAFKAJS_RATIO, urgentVerdict } from './urgent-verdict';

export const URGENT_HEADING = '## Urgent referrals: urgent need to the emergency provider’s inbox';

const ms = (v: number) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : 'n/a');
const four = (l: UrgentLatency) => `${ms(l.p50)} / ${ms(l.p95)} / ${ms(l.p99)} / ${ms(l.max)}`;

/** The section of BENCHMARKS.md on urgent referrals: self-contained, since `npm run bench -- urgent` rewrites it alone. */
export function urgentSection(runs: UrgentRun[], cfg: UrgentConfig, host: HostInfo, at: Date, load: [number, number], servers: string): string[] {
  return [
    URGENT_HEADING,
    '',
    `Measured on ${at.toISOString()} by \`npm run bench -- urgent\` on ${host.cpu}, ${host.cores} cores, RAM ${host.ramGiB} GiB, ${host.os}, Node ${host.node}; ${servers}; load average (1 min) ${load[0].toFixed(2)} at start, ${load[1].toFixed(2)} at end.`,
    '',
    ...method(cfg),
    '',
    '| Mode | needs measured (answered 201) | `POST …/vulnerability-screenings` p50 / p99 | answer → inbox p50 / p95 / p99 / max | kafkajs round trip p50 / p95 / p99 / max | Target | Result |',
    '|---|---:|---:|---:|---:|---|---|',
    ...runs.map((r) => {
      const v = urgentVerdict(r.toInbox, { unseen: r.unseen, failed: r.failures.count }, r.kafkajs);
      const target = r.kafkajs ? `p99 ≤ ${KAFKAJS_RATIO}× kafkajs p99 (${ms(v.allowedMs)} ms); ${v.ratio!.toFixed(2)}×` : `p99 < ${EMBEDDED_P99_MS} ms`;
      return `| ${r.mode} | ${r.offered} (${r.recorded}) | ${ms(r.http.p50)} / ${ms(r.http.p99)} ms | ${four(r.toInbox)} ms${r.unseen ? `, ${r.unseen} never seen` : ''} | ${r.kafkajs ? `${four(r.kafkajs)} ms` : '—'} | ${target} | ${v.pass ? 'PASS' : 'MISS'} |`;
    }),
    '',
    ...runs.flatMap((r) =>
      r.stages
        ? [
            `Each hop of a measured need in ${r.mode} mode, p50 / p95 / p99 / max in ms (intake's and referrals' rows as inserted, clock_timestamp(); the client's answer and the watch; one machine, one clock):`,
            '',
            `| ${r.stages.map((s) => s.name).join(' | ')} |`,
            `|${r.stages.map(() => '---:').join('|')}|`,
            `| ${r.stages.map((s) => four(s.latency)).join(' | ')} |`,
            '',
          ]
        : [],
    ),
    ...runs.map(
      (r) =>
        `- ${r.mode}: generator at most ${ms(r.maxLateMs)} ms behind its schedule; ${r.failures.count ? `${r.failures.count} needs not answered 201 (first: ${r.failures.first}); ` : ''}${r.polls} inbox queries, ${r.pollErrors} failed${r.kafkajs ? `; kafkajs probe: ${r.kafkajs.lost} messages lost` : ''}.`,
    ),
    '',
  ];
}

function method(cfg: UrgentConfig): string[] {
  return [
    `- What is timed: ${cfg.needs} urgent needs (\`BENCH_URGENT_N\`) after ${cfg.warmup} of warm-up (\`BENCH_URGENT_WARMUP\`, not counted), ${cfg.rate} a second (\`BENCH_URGENT_RATE\`) in an open loop, each a life-threatening physical-health finding recorded in intake (\`POST /cases/:caseId/vulnerability-screenings\`) on a case of its own registered beforehand at the Dakar office (not timed; every case known to referrals before the first need); from the moment intake's answer reaches the client to the first moment the urgent referral it causes (\`urgent-<needId>\`) is in the emergency provider's inbox. Everything on loopback.`,
    `- How it is seen: the inbox is the read model \`GET /inbox\` pages through (referral_list, a referral in it once it names the provider it was sent to), asked by id for every referral not seen yet every ${cfg.pollMs} ms (\`BENCH_URGENT_POLL_MS\`); a referral counts as seen at the start of the query that first returns it, so a figure is late by at most one interval plus one query, never early. Polling the store rather than \`GET /inbox\` keeps the probe off referrals' HTTP side (whose answers come from the same documents), and one query by id for the few referrals in flight costs the services next to nothing; hooking the projection's writes would be exact but would measure a path the provider never reads through. Referrals not seen ${cfg.drainSeconds} s after the last need (\`BENCH_URGENT_DRAIN_S\`) count as never seen.`,
    '- Embedded: `npm start`\'s four services in one process of their own (one PGlite, one in-process broker, read models in PostgreSQL tables), forked by the bench with a fresh data directory; PGlite belongs to that process, so the inbox is asked there over IPC (the IPC round trip adds to the figure, never subtracts). Target: p99 under 1 s.',
    `- Distributed: intake and referrals each in a process of its own (\`node -r @swc-node/register apps/<service>/src/main.ts\`, \`HOMEWARD_MODE=distributed\`, \`HOMEWARD_READ_MODELS=postgres\`), against the PostgreSQL and Kafka servers of infra/, under a namespace and topic prefix of their own, dropped at the end; the inbox asked straight from PostgreSQL. Beside it, during the same window and at the same pace, the end-to-end bench's bare kafkajs round trip (its probe process: kafkajs defaults, a topic of its own with 3 partitions, timed from just before \`send\` to \`eachMessage\`). Target: p99 at most ${KAFKAJS_RATIO}× the kafkajs p99.`,
    '- The machine is shared with other work: the figures are one sample.',
  ];
}
