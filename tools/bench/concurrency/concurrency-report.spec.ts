import type { MachineInfo } from '../machine';
import type { ConcurrencyConfig } from './concurrency-config';
import type { CellResult, ContenderResult } from './concurrency-phase';
import { CONCURRENCY_HEADING, concurrencySection, describeWaits, legend, limits, perAppend, targetsTable } from './concurrency-report';
import { noCpuUse } from './cpu-meter';
import { IDLE } from './wait-sampler';

function contender(eventsPerSec: number, waits: Record<string, number> = { [IDLE]: 10 }): ContenderResult {
  const cpu = { ...noCpuUse(), client: { runNs: 300_000_000, waitNs: 0 }, server: { runNs: 600_000_000, waitNs: 0 }, machineBusy: 90, machineTotal: 100 };
  return { summary: { eventsPerSec, p50Ms: 1, p99Ms: 2, cpuUsPerOp: 100, rounds: 3 }, waits: new Map(Object.entries(waits)), cpu, appends: 3000 };
}

function cell(writers: number, ours: ContenderResult, raw: ContenderResult, bare = contender(raw.summary.eventsPerSec)): CellResult {
  return { writers, synchronousCommit: 'on', results: { ours, bare, raw } };
}

const row = (lines: string[], writers: number) => lines.find((l) => l.startsWith(`| ${writers} |`))!;

describe('The concurrent appends table', () => {
  it('passes a cell where ours reaches 0.85 of raw INSERT, the threshold included, and misses one just below', () => {
    const table = targetsTable([cell(1, contender(850), contender(1000)), cell(8, contender(849), contender(1000)), cell(32, contender(2000), contender(1000))]);
    expect(row(table, 1)).toMatch(/\| 0\.85 \| ≥ 0\.85 \| PASS \|/);
    expect(row(table, 8)).toMatch(/\| MISS \|/);
    expect(row(table, 32)).toMatch(/\| 2\.00 \| ≥ 0\.85 \| PASS \|/);
  });

  it('gives each missed cell the state where ours waits more than raw, idle aside, and what the store does without announcing', () => {
    const ours = contender(300, { [IDLE]: 50, 'Lock:object': 40, 'IO:WALSync': 10 });
    const raw = contender(1000, { [IDLE]: 80, 'IO:WALSync': 20 });
    const [line, ...others] = limits([cell(8, ours, raw, contender(900)), cell(1, contender(1000), contender(1000))]);
    expect(others).toEqual([]);
    expect(line).toMatch(/^8 writers, synchronous_commit on: ours at 0\.30× raw/);
    expect(line).toContain('40% of samples on Lock:object against 0%');
    expect(line).toContain('Without announcing its commits the same store reaches 0.90× raw');
    expect(line).toContain('ours 100 + 200 µs');
  });

  it('says so when no state of ours stands out against raw', () => {
    const [line] = limits([cell(32, contender(500, { [IDLE]: 100 }), contender(1000, { [IDLE]: 90, 'IO:WALSync': 10 }))]);
    expect(line).toContain("no state of ours' connections stands out");
  });

  it('names the four largest states and sums the rest', () => {
    expect(describeWaits(new Map([['a', 50], ['b', 20], ['c', 10], ['d', 10], ['e', 5], ['f', 5]]))).toBe('a 50%, b 20%, c 10%, d 10%, other 10%');
    expect(describeWaits(new Map())).toBe('no sample');
  });

  it('explains the states the table shows, not those summed into other', () => {
    const waits = { 'Lock:object': 50, [IDLE]: 20, a: 10, b: 10, 'IO:WALSync': 5 };
    const explained = legend([cell(8, contender(300, waits), contender(1000, { [IDLE]: 1 }), contender(900, { [IDLE]: 1 }))]);
    expect(explained).toContain('Lock:object: ');
    expect(explained).toContain(`${IDLE}: `);
    expect(explained).not.toContain('IO:WALSync');
  });

  it('leaves the server CPU unknown when a backend could not be read', () => {
    const r = contender(1000);
    r.cpu.serverKnown = false;
    expect(perAppend(r)).toMatchObject({ clientRun: 100, serverRun: null, serverWait: null, machineBusy: 0.9 });
  });

  it('is a self-contained section: its heading, when and where it was measured, and a verdict for every cell', () => {
    const machine: MachineInfo = { cpu: 'Test CPU', cores: 2, ramGiB: 8, os: 'Test OS', node: 'v20', postgres: 'PostgreSQL 15', settings: { synchronous_commit: 'off' } };
    const cfg: ConcurrencyConfig = { appends: 3000, writers: [1], rounds: 3, slices: 3, sampleMs: 10, synchronousCommit: ['on'] };
    const section = concurrencySection({ cfg, cells: [cell(1, contender(1000), contender(1000))], machine, at: new Date('2026-12-03T10:00:00Z'), durationS: 90, load: [1, 2] });
    expect(section[0]).toBe(CONCURRENCY_HEADING);
    expect(section.join('\n')).toContain('Measured on 2026-12-03T10:00:00.000Z by `npm run bench -- concurrency` (90 s) on Test CPU, 2 cores');
    expect(section.join('\n')).toContain('synchronous_commit off in its configuration');
    expect(section).toContain('Every cell reaches the target.');
    expect(section.filter((l) => l.startsWith('## '))).toEqual([CONCURRENCY_HEADING]);
  });
});
