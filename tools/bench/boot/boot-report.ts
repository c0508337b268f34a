import type { HostInfo } from '../machine';
import type { BootFigures, BootResult } from './boot-phase';

/** The targets of issue 9, point 12. */
export const BOOT_TARGETS = { readyS: 5, rssMB: 400 } as const;
export const BOOT_HEADING = '## Embedded start (`npm start`)';

const pass = (ok: boolean) => (ok ? 'PASS' : 'MISS');

/** The section of BENCHMARKS.md on embedded start: self-contained, since `npm run bench -- boot` rewrites it alone. */
export function bootSection(r: BootResult, host: HostInfo, at: Date, load: [number, number], startCommand: string): string[] {
  const { cases, runs } = r.config;
  const f = r.first;
  const e = r.empty;
  const s = r.seeded;
  const t = BOOT_TARGETS;
  const n = cases.toLocaleString('en-US');
  return [
    BOOT_HEADING,
    '',
    `Measured on ${at.toISOString()} by \`npm run bench -- boot\` on ${host.cpu}, ${host.cores} cores, RAM ${host.ramGiB} GiB, ${host.os}, Node ${host.node}; load average (1 min) ${load[0].toFixed(2)} at start, ${load[1].toFixed(2)} at end.`,
    '',
    `- What is timed: the command \`npm start\` runs (\`${startCommand}\`, read from package.json; npm's own start is left out) spawned on a data directory with free ports, from spawn until every service answers \`GET /health/ready\` with 200 **and** intake's \`GET /caseload\` and monitoring's \`GET /cases\` answer 200 with a bearer token (the list counting every seeded case). Polled every 20 ms.`,
    `- Memory: resident set (VmRSS from /proc) of the process and any children, summed, once ready and again after ${10 * 5} reads (caseloads and case lists page by page, a name search, the urgent cases); peak is the most the tree held: the sum of the high-water marks (VmHWM) of the processes alive at the end, or the tree's resident memory sampled at every poll while starting if that was more (so a child that ended, such as the initdb of a first start, counts).`,
    `- With cases on disk: ${n} returnees registered by tools/bench/boot/seed-cases.ts through intake's decider and its catalogued event store (${(cases * 2).toLocaleString('en-US')} events), relayed to monitoring and projected by every service before the seeder stops, so the read models are on disk and caught up (seeding took ${Math.round(r.seedingS)} s, once per bench run). Each start gets a fresh copy of that directory; the empty starts get a new directory each.`,
    `- An empty data directory starts as a copy of an empty cluster kept in the cache (\`HOMEWARD_CACHE\`); the first start on a machine makes that copy first, running PGlite's initdb in a child process: the "first start" column, each with a cache of its own.`,
    `- One start before the timed ones is not counted (it warms the cluster cache, the transpiled code and the file cache); then ${runs} starts of each kind, taking turns; every figure is the median.`,
    '',
    `| Figure (median of ${runs}) | first start on the machine | empty data directory | ${n} cases on disk | Target | Result (${n} cases) |`,
    '|---|---:|---:|---:|---:|---|',
    `| ready: spawn → all services ready and a first read answered | ${f.readyS.toFixed(2)} s | ${e.readyS.toFixed(2)} s | ${s.readyS.toFixed(2)} s | < ${t.readyS} s | ${pass(s.readyS < t.readyS)} |`,
    `| of which the process counts itself (from after its code loaded) | ${fmtS(f.selfReportedS)} | ${fmtS(e.selfReportedS)} | ${fmtS(s.selfReportedS)} | — | info |`,
    `| resident memory once ready | ${f.rssAtReadyMB.toFixed(0)} MB | ${e.rssAtReadyMB.toFixed(0)} MB | ${s.rssAtReadyMB.toFixed(0)} MB | < ${t.rssMB} MB | ${pass(s.rssAtReadyMB < t.rssMB)} |`,
    `| resident memory after the reads | ${f.rssAfterReadsMB.toFixed(0)} MB | ${e.rssAfterReadsMB.toFixed(0)} MB | ${s.rssAfterReadsMB.toFixed(0)} MB | < ${t.rssMB} MB | ${pass(s.rssAfterReadsMB < t.rssMB)} |`,
    `| peak resident memory while starting | ${f.peakMB.toFixed(0)} MB | ${e.peakMB.toFixed(0)} MB | ${s.peakMB.toFixed(0)} MB | — | info |`,
    '',
    `Every start: ${samples('first', f)}; ${samples('empty', e)}; ${samples(`${n} cases`, s)}.`,
    '',
  ];
}

const fmtS = (v: number | null) => (v === null ? 'n/a' : `${v.toFixed(2)} s`);

function samples(label: string, f: BootFigures): string {
  const mb = (mib: number) => ((mib * 1024 * 1024) / 1e6).toFixed(0);
  return `${label} ${f.samples.map((x) => `${x.readyS.toFixed(2)} s/${mb(x.afterReads.rssMiB)} MB`).join(', ')}`;
}
