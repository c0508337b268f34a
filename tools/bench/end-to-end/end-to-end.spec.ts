import { endToEndConfigFromEnv } from './e2e-config';
import { END_TO_END_HEADING, endToEndSection } from './e2e-report';
import type { EndToEndRun } from './end-to-end-run';
import { latencyOf } from './latency';
import { benchReturnee, letters } from './returnees';
import { endToEndOf, STAGE_NAMES, stagesOf } from './stages';
import { slowestStage, verdictOf } from './verdict';

const range = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

describe('End-to-end bench: latencies', () => {
  it('takes nearest-rank percentiles and the max', () => {
    const l = latencyOf(range(100, (i) => i + 1));
    expect(l).toEqual({ count: 100, p50: 50, p99: 99, max: 100 });
    expect(latencyOf([7])).toEqual({ count: 1, p50: 7, p99: 7, max: 7 });
  });

  it('is not a number for an empty sample, so no verdict can pass on nothing', () => {
    const empty = latencyOf([]);
    expect(empty.count).toBe(0);
    expect([empty.p50, empty.p99, empty.max].every(Number.isNaN)).toBe(true);
    expect(verdictOf(empty, latencyOf([10]), { unseen: 0, failed: 0 }).pass).toBe(false);
  });
});

describe('End-to-end bench: PASS or MISS', () => {
  const kafkajs = latencyOf(range(100, () => 20)); // p99 20 ms: 60 ms allowed

  it('passes at exactly three times the kafkajs p99, and misses just above', () => {
    expect(verdictOf(latencyOf(range(100, () => 60)), kafkajs, { unseen: 0, failed: 0 })).toEqual({ ratio: 3, allowedMs: 60, pass: true });
    expect(verdictOf(latencyOf(range(100, () => 60.5)), kafkajs, { unseen: 0, failed: 0 }).pass).toBe(false);
  });

  it('misses when a case never showed or a registration failed, however good the p99', () => {
    const fast = latencyOf(range(100, () => 5));
    expect(verdictOf(fast, kafkajs, { unseen: 1, failed: 0 }).pass).toBe(false);
    expect(verdictOf(fast, kafkajs, { unseen: 0, failed: 1 }).pass).toBe(false);
    expect(verdictOf(fast, kafkajs, { unseen: 0, failed: 0 }).pass).toBe(true);
  });

  it('names the hop with the highest p99, ignoring hops without samples', () => {
    const stages = [
      { name: 'a', latency: latencyOf([1, 2]) },
      { name: 'b', latency: latencyOf([30]) },
      { name: 'c', latency: latencyOf([]) },
    ];
    expect(slowestStage(stages)?.name).toBe('b');
    expect(slowestStage([{ name: 'c', latency: latencyOf([]) }])).toBeUndefined();
  });
});

describe('End-to-end bench: the hops of a case', () => {
  const registrations = [
    { caseId: 'c1', answeredAt: 1_010, seenAt: 1_100 },
    { caseId: 'c2', answeredAt: 2_020 }, // never seen
    { caseId: 'c3', answeredAt: 3_000, seenAt: 3_050 }, // no timestamps found: counts end to end only
  ];
  const times = {
    appended: new Map([
      ['c1', { eventId: 'e1', at: 1_000 }],
      ['c2', { eventId: 'e2', at: 2_000 }],
    ]),
    published: new Map([['e1', 1_030], ['e2', 2_040]]),
    watched: new Map([['e1', 1_035]]),
    imported: new Map([['e1', 1_060]]),
  };

  it('differences successive timestamps, leaving a case out only of the hops it lacks', () => {
    const byName = Object.fromEntries(stagesOf(registrations, times).map((s) => [s.name, s.latency]));
    expect(byName[STAGE_NAMES.answer]).toMatchObject({ count: 2, max: 20 });
    expect(byName[STAGE_NAMES.publish]).toMatchObject({ count: 2, p50: 30, max: 40 });
    expect(byName[STAGE_NAMES.inbox]).toMatchObject({ count: 1, p50: 30 });
    expect(byName[STAGE_NAMES.list]).toMatchObject({ count: 1, p50: 40 });
    expect(byName[STAGE_NAMES.bare]).toMatchObject({ count: 1, p50: 5 });
  });

  it('measures answer to case list for the cases seen, and counts the others', () => {
    expect(endToEndOf(registrations)).toEqual({ latenciesMs: [90, 50], unseen: 1 });
  });
});

describe('End-to-end bench: the section of BENCHMARKS.md', () => {
  const host = { cpu: 'Test CPU', cores: 2, ramGiB: 8, os: 'Linux', node: 'v20' };
  const run = (p99: number, overrides: Partial<EndToEndRun> = {}): EndToEndRun => {
    const endToEnd = latencyOf([40, p99]);
    const kafkajs = latencyOf([10, 20]);
    return {
      readModels: 'postgres', namespace: 'e2ex', offered: 3000, registered: 3000, failures: { count: 0 }, maxLateMs: 3,
      http: latencyOf([15, 25]), endToEnd, unseen: 0, kafkajs, kafkajsLost: 0, kafkajsRepeats: 0,
      stages: Object.values(STAGE_NAMES).map((name, i) => ({ name, latency: latencyOf([i + 1, (i + 1) * 10]) })),
      verdict: verdictOf(endToEnd, kafkajs, { unseen: 0, failed: 0 }),
      caseList: { total: 3250, expected: 3250 }, repeats: 0,
      cpu: { machineBusyPct: 80, cores: [{ label: 'intake-1', cores: 0.3 }] },
      stops: [{ label: 'intake-1', code: 0, signal: null, ms: 120, killed: false }],
      benchLoopDelay: { p99: 12, max: 30 },
      serviceLag: [{ label: 'intake-1', p99Ms: 20, maxMs: 40 }], relaying: 'intake-1',
      batching: { topicMessages: 200, relaySends: 50, imported: 200, importTransactions: 20 },
      ...overrides,
    };
  };
  const cfg = endToEndConfigFromEnv({});

  it('starts with its heading and the machine and date, so it stands alone', () => {
    const section = endToEndSection([run(50)], cfg, host, new Date('2026-12-03T10:00:00Z'), [1, 2], 'PostgreSQL 15');
    expect(section[0]).toBe(END_TO_END_HEADING);
    expect(section[2]).toMatch(/^Measured on 2026-12-03T10:00:00.000Z by `npm run bench -- end-to-end` on Test CPU, 2 cores, RAM 8 GiB, Linux, Node v20; PostgreSQL 15; load average/);
    expect(section.at(-1)).toBe('');
  });

  it('has one row per read-model choice with its figures and its result', () => {
    const section = endToEndSection([run(50), run(61, { readModels: 'mongo' })], cfg, host, new Date(), [1, 2], 'servers').join('\n');
    expect(section).toContain('| postgres | 3000 (3000) | 25.0 ms | 40.0 / 50.0 / 50.0 ms | 10.0 / 20.0 ms | 2.50× | ≤ 3× (60.0 ms) | PASS |');
    expect(section).toContain('| mongo | 3000 (3000) | 25.0 ms | 40.0 / 61.0 / 61.0 ms | 10.0 / 20.0 ms | 3.05× | ≤ 3× (60.0 ms) | MISS |');
    expect(section).toContain('**mongo: MISS** (61.0 ms against 60.0 ms allowed). Slowest hop at p99: inbox → case list.');
    expect(section).toContain('intake-1 (relaying) 20.0 / 40.0');
    expect(section).toContain('in about 50 sends (4.0 per send); monitoring\'s inbox imported 200 events in 20 transactions (10.0 per import)');
  });

  it('says why a run with failures misses', () => {
    const failing = run(30, { failures: { count: 2, first: '0 TimeoutError' } });
    failing.verdict = verdictOf(failing.endToEnd, failing.kafkajs, { unseen: 0, failed: 2 });
    const section = endToEndSection([failing], cfg, host, new Date(), [1, 2], 'servers').join('\n');
    expect(section).toContain('| MISS |');
    expect(section).toContain('2 registrations were not answered 201: the rate was not sustained.');
  });
});

describe('End-to-end bench: its registrations and settings', () => {
  it('gives every registration a name of letters its own', () => {
    const names = new Set(range(2000, (k) => String(benchReturnee('runa', k, new Date('2026-12-03')).firstName)));
    expect(names.size).toBe(2000);
    for (const n of names) expect(n).toMatch(/^[A-Za-z]+$/);
    expect(letters(0)).toBe('a');
    expect(letters(26)).toBe('ba');
  });

  it('reads rate, duration and read models from the environment, 50/s for 60 s on postgres by default', () => {
    expect(endToEndConfigFromEnv({})).toMatchObject({ rate: 50, seconds: 60, readModels: ['postgres'] });
    expect(endToEndConfigFromEnv({ BENCH_E2E_RATE: '20', BENCH_E2E_SECONDS: '10', BENCH_E2E_READ_MODELS: 'postgres,mongo' })).toMatchObject({ rate: 20, seconds: 10, readModels: ['postgres', 'mongo'] });
    expect(() => endToEndConfigFromEnv({ BENCH_E2E_READ_MODELS: 'sqlite' })).toThrow(/postgres or mongo/);
    expect(() => endToEndConfigFromEnv({ BENCH_E2E_RATE: '0' })).toThrow(/positive/);
  });
});
