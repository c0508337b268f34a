import type { HostInfo } from '../machine';

export const INTEGRITY_HEADING = '## Hash chains (`npm run verify`)';
/** Issue 11's target for verification. */
export const VERIFY_TARGET = 100_000;

export interface IntegrityFigures {
  events: number;
  streamLength: number;
  passes: number;
  eventsPerSecond: number;
  samples: number[];
}

/** The section of BENCHMARKS.md on verifying chains: self-contained, `npm run bench -- integrity` rewrites it alone. */
export function integritySection(f: IntegrityFigures, host: HostInfo, at: Date, load: [number, number]): string[] {
  const rate = (n: number) => Math.round(n).toLocaleString('en-US');
  return [
    INTEGRITY_HEADING,
    '',
    `Measured on ${at.toISOString()} by \`npm run bench -- integrity\` on ${host.cpu}, ${host.cores} cores, RAM ${host.ramGiB} GiB, ${host.os}, Node ${host.node}; load average (1 min) ${load[0].toFixed(2)} at start, ${load[1].toFixed(2)} at end.`,
    '',
    `- What is timed: verifyChains (what \`npm run verify\` runs per service) over ${f.events.toLocaleString('en-US')} events in streams of ${f.streamLength}, appended through PostgresEventStore: the server recomputes each event's digest from its stored columns, the client chains the links (sha256) and compares them, pages of 5,000 in (stream, version) order. ${f.passes} passes, the median is the figure (passes: ${f.samples.map(rate).join(', ')} events/s).`,
    '',
    '| Figure | Measured | Target | Result |',
    '|---|---:|---:|---|',
    `| verify, events/s | ${rate(f.eventsPerSecond)} | ≥ ${rate(VERIFY_TARGET)} | ${f.eventsPerSecond >= VERIFY_TARGET ? 'PASS' : 'MISS'} |`,
    '',
  ];
}
