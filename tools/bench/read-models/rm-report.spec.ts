import { describePlan } from './explain';
import type { QueryFigures } from './query-phase';
import type { RebuildFigures } from './rebuild-phase';
import type { ReadModelBenchConfig } from './rm-config';
import { adapterRebuildVerdict, ms, queryVerdict, READ_MODELS_HEADING, readModelSection, rebuildVerdict, type ReadModelReport } from './rm-report';
import type { Seeding } from './seed';

const query = (key: string, p99Ms: number, targetMs: number | null, extra: Partial<QueryFigures> = {}): QueryFigures => ({
  key, label: `the ${key} query`, targetMs, samples: 300, p50Ms: p99Ms / 2, p99Ms, findP99Ms: p99Ms / 3, countP99Ms: p99Ms, inScope: 15_000, stoppedAtBudget: false, ...extra,
});
const seeding = (cases: number, stoppedAtBudget = false): Seeding => ({
  wanted: 100_000, cases, documents: cases * 3, seconds: 30, stoppedAtBudget,
  census: { busiestCountry: { country: 'MA', cases: 20_000 }, busiestOffice: { office: 'MA', cases: 15_000 }, managers: [{ caseManagerId: 'cm-ma-0-0', cases: 100 }] },
});
const rebuilt = (adapter: string, projection: string, eventsPerSec: number, partial: RebuildFigures['partial'] = null): RebuildFigures => ({
  adapter, projection, eventsPerSec, passes: 3, partial, spent: { seconds: 1.2, readS: 0.3, writeS: 0.6, cpuS: 0.4 },
});

const CONFIG: ReadModelBenchConfig = {
  cases: 100_000, mongoCases: 100_000, seedBudgetS: 300, batch: 2000, queries: 300, queryBudgetS: 20, rebuildEvents: 24_000, rebuildLength: 12, rebuildRounds: 3, rebuildBudgetS: 60,
};

describe('The read-model bench', () => {
  describe('PASS/MISS', () => {
    it('passes a query whose p99 is under its target, and only then', () => {
      expect(queryVerdict({ p99Ms: 19.9, targetMs: 20 })).toBe('PASS');
      expect(queryVerdict({ p99Ms: 20, targetMs: 20 })).toBe('MISS');
      expect(queryVerdict({ p99Ms: 4.2, targetMs: 5 })).toBe('PASS');
    });

    it('reports a query without a target for information', () => {
      expect(queryVerdict({ p99Ms: 900, targetMs: null })).toBe('info');
    });

    it('passes a rebuild at 20,000 events/s and half the raw read, both at once', () => {
      expect(rebuildVerdict(20_000, 40_000)).toBe('PASS');
      expect(rebuildVerdict(25_000, 60_000)).toBe('MISS'); // fast, but under half the raw read
      expect(rebuildVerdict(19_999, 30_000)).toBe('MISS'); // half the raw read, but under 20,000
    });

    it('passes an adapter only when every projection does', () => {
      const figures = [rebuilt('PostgreSQL', 'a', 30_000), rebuilt('PostgreSQL', 'b', 10_000)];
      expect(adapterRebuildVerdict(figures, 40_000)).toBe('MISS');
      expect(adapterRebuildVerdict(figures.slice(0, 1), 40_000)).toBe('PASS');
      expect(adapterRebuildVerdict([], 40_000)).toBe('MISS');
    });
  });

  describe('its section of BENCHMARKS.md', () => {
    const report = (): ReadModelReport => ({
      at: new Date('2026-12-03T12:00:00.000Z'),
      durationS: 412,
      host: { cpu: 'AMD EPYC', cores: 2, ramGiB: 23.5, os: 'Debian 12', node: 'v20.20.2' },
      load: [1.5, 2.25],
      versions: { postgres: '15.18', ferretdb: 'v1.24.1' },
      config: CONFIG,
      adapters: [
        { name: 'PostgreSQL', seeding: seeding(100_000), queries: [query('round-trip', 2, null), query('case-list', 12, 20), query('caseload-office', 31, 20, { samples: 288 }), query('case-list-deep', 40, null)], plans: new Map([['caseload-office', ['Limit ← Index Scan', 'Aggregate ← Seq Scan']]]) },
        { name: 'FerretDB', seeding: seeding(40_000, true), queries: [query('case-list', 2500, null, { inScope: 8000, samples: 6, stoppedAtBudget: true }), query('caseload-office', 3100, null, { samples: 5 })] },
      ],
      rebuild: { events: 24_000, rawEventsPerSec: 50_000, rawPasses: 3, figures: [rebuilt('PostgreSQL', 'intake.caseload', 30_000), rebuilt('FerretDB', 'intake.caseload', 150, { events: 4000, seconds: 26 })] },
    });
    const lines = () => readModelSection(report());
    const row = (start: string) => lines().find((l) => l.startsWith(start)) ?? '';

    it('stands alone under its heading, dated, with the machine and the servers', () => {
      const [heading, , measured] = lines();
      expect(heading).toBe(READ_MODELS_HEADING);
      expect(measured).toContain('2026-12-03T12:00:00.000Z');
      expect(measured).toContain('2 cores');
      expect(measured).toContain('PostgreSQL 15.18, FerretDB v1.24.1');
      expect(measured).toContain('1.50 at start, 2.25 at end');
      expect(lines().filter((l) => l.startsWith('## '))).toEqual([READ_MODELS_HEADING]);
    });

    it('puts each query on one row: the targets on PostgreSQL, FerretDB beside them as measured', () => {
      expect(row('| the case-list query')).toBe('| the case-list query | 15,000 / 8,000 | 6.00 ms | 12.0 ms | < 20 ms | PASS | 1,250 ms | 2,500 ms | 6 (budget) |');
      expect(row('| the caseload-office query')).toContain('| 31.0 ms | < 20 ms | MISS |');
      expect(row('| the case-list-deep query')).toContain('| — | info | n/a | n/a | 0 |');
      expect(row('| the round-trip query')).toMatch(/^\| the round-trip query \| — \| 1\.00 ms \| 2\.00 ms \| — \| info \|/);
      expect(lines()).toContain('PostgreSQL: 288–300 timed calls per query. "in scope": the page\'s total (the cases the caller may list), or the likely duplicates found; two figures when the adapters hold different numbers of cases.');
    });

    it('says when an adapter was seeded with fewer cases than wanted', () => {
      expect(row('| FerretDB | 40,000 of 100,000')).toContain('stopped at the 300 s budget');
      expect(row('| PostgreSQL | 100,000 of 100,000 |')).not.toContain('budget');
    });

    it('puts each projection rebuilt on one row, with its share of the raw read and a partial rebuild said so', () => {
      expect(lines()).toContain('| intake.caseload | 30,000 | 0.60× | PASS | 150 (first 4,000 events, then stopped at the 60 s budget) | 0.003× | MISS |');
      expect(row('| **every projection**')).toBe('| **every projection** | | | **PASS** | | | **MISS** |');
    });

    it('says what limits each miss, with the figures that show it', () => {
      const limits = lines().filter((l) => l.startsWith('- '));
      const office = limits.find((l) => l.includes('caseload-office query'));
      expect(office).toContain('(p50 15.5 ms; a bare round trip on the same pool: p50 1.00 ms, p99 2.00 ms)');
      expect(office).toContain('its count alone p99 31.0 ms; plans: Limit ← Index Scan; Aggregate ← Seq Scan');
      expect(limits.find((l) => l.startsWith('- Rebuild into FerretDB'))).toContain('0.3 s reading its documents (getMany), 0.6 s writing them');
      expect(limits.some((l) => l.startsWith('- Rebuild into PostgreSQL'))).toBe(false);
    });
  });

  it('writes durations short and readable', () => {
    expect([ms(0.456), ms(12.34), ms(2583.2), ms(NaN)]).toEqual(['0.46 ms', '12.3 ms', '2,583 ms', 'n/a']);
  });

  it('reads a plan as the nodes it went through, top down', () => {
    const plan = {
      'Node Type': 'Limit', 'Actual Rows': 50, 'Actual Loops': 1,
      Plans: [{ 'Node Type': 'Index Scan', 'Index Name': 'rm_ab', 'Actual Rows': 50, 'Actual Loops': 1, 'Rows Removed by Filter': 208 }],
    };
    expect(describePlan(plan)).toBe('Limit [50 rows] ← Index Scan using rm_ab [50 rows, 208 filtered out]');
  });
});
