import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median } from '../stats';
import { coldStart, type ColdStart } from './cold-start';
import { copyOf, seededDirectory } from './seeded-directory';

export interface BootConfig {
  /** Registered cases on disk for the seeded starts (BENCH_BOOT_CASES). */
  cases: number;
  /** Starts per data directory; the figures are their medians (BENCH_BOOT_RUNS). */
  runs: number;
}

export interface BootFigures {
  readyS: number;
  selfReportedS: number | null;
  rssAtReadyMB: number;
  rssAfterReadsMB: number;
  peakMB: number;
  samples: ColdStart[];
}

export interface BootResult {
  config: BootConfig;
  /** The first start on a machine: no empty cluster in the cache to copy yet. */
  first: BootFigures;
  empty: BootFigures;
  seeded: BootFigures;
  seedingS: number;
}

export function bootConfigFromEnv(): BootConfig {
  const int = (name: string, fallback: number) => {
    const n = Number(process.env[name] ?? fallback);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got ${process.env[name]}`);
    return n;
  };
  return { cases: int('BENCH_BOOT_CASES', 10_000), runs: int('BENCH_BOOT_RUNS', 3) };
}

/**
 * Cold starts of the embedded platform, taking turns: the first start on a machine (an empty cache), an
 * empty data directory, a copy of the seeded one, so a burst of outside load falls on all three. One
 * start before them, not counted, warms what every later start finds warm (the cache of an empty
 * cluster, the transpiled code, the system's file cache). Everything lives under one temporary
 * directory, removed at the end.
 */
export async function runBootPhase(cfg: BootConfig, log: (line: string) => void): Promise<BootResult> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'homeward-bench-boot-'));
  const cache = path.join(work, 'cache');
  try {
    const seedingStarted = Date.now();
    const seeded = await seededDirectory(work, cfg.cases, cache, log);
    const seedingS = (Date.now() - seedingStarted) / 1000;
    log(`[bench] boot: warm-up start: ${describe(await coldStart(path.join(work, 'warm-up'), 0, cache))}`);
    const samples = { first: [] as ColdStart[], empty: [] as ColdStart[], seeded: [] as ColdStart[] };
    const once = async (kind: keyof typeof samples, run: number, dataDir: string, cases: number, cacheDir: string) => {
      const sample = await coldStart(dataDir, cases, cacheDir);
      samples[kind].push(sample);
      log(`[bench] boot ${run}/${cfg.runs}, ${kind === 'seeded' ? `${cfg.cases} cases` : kind}: ${describe(sample)}`);
      rmSync(dataDir, { recursive: true, force: true });
    };
    for (let run = 1; run <= cfg.runs; run++) {
      await once('first', run, path.join(work, `first-${run}`), 0, path.join(work, `cache-${run}`));
      await once('empty', run, path.join(work, `empty-${run}`), 0, cache);
      await once('seeded', run, copyOf(seeded, path.join(work, `seeded-${run}`)), cfg.cases, cache);
    }
    return { config: cfg, first: figures(samples.first), empty: figures(samples.empty), seeded: figures(samples.seeded), seedingS };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const MB = 1024 * 1024;
const mb = (mib: number) => (mib * MB) / 1e6;

function figures(samples: ColdStart[]): BootFigures {
  const self = samples.map((s) => s.selfReportedS).filter((s): s is number => s !== null);
  return {
    readyS: median(samples.map((s) => s.readyS)),
    selfReportedS: self.length ? median(self) : null,
    rssAtReadyMB: median(samples.map((s) => mb(s.atReady.rssMiB))),
    rssAfterReadsMB: median(samples.map((s) => mb(s.afterReads.rssMiB))),
    peakMB: median(samples.map((s) => mb(s.peakMiB))),
    samples,
  };
}

function describe(s: ColdStart): string {
  return `ready in ${s.readyS.toFixed(2)} s (the process says ${s.selfReportedS ?? '?'} s), ${mb(s.atReady.rssMiB).toFixed(0)} MB at ready, ${mb(s.afterReads.rssMiB).toFixed(0)} MB after reads, peak ${mb(s.peakMiB).toFixed(0)} MB`;
}
