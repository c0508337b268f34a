import { rotate, type BenchConfig } from './config';
import type { Contender } from './contender';
import { SCENARIOS, type ScenarioName, type ScenarioParams } from './scenarios';
import { mergeSamples, type Sample } from './stats';

/** Per scenario, per contender: the samples of each round, or why the contender has none. */
export type PhaseResults = Map<string, Map<string, Sample[] | { error: string }>>;

export interface Entrant {
  contender: Contender;
  /** Short id used in stream names. */
  key: string;
  /** A failure is reported instead of aborting the bench (emmett); ours must never fail. */
  mayFail: boolean;
}

function opsFor(scenario: ScenarioName, cfg: BenchConfig): number {
  return { 'single-new': cfg.singles, 'single-existing': cfg.singles, batch: cfg.batches, read: cfg.reads }[scenario];
}

function params(cfg: BenchConfig, ops: number): ScenarioParams {
  return { ops, streams: cfg.streams, batchSize: cfg.batchSize, readLength: cfg.readLength };
}

/**
 * Scenario by scenario: warm every contender up (a tenth of the work on the same code
 * path: JIT, plan caches, table pages), then `rounds` rounds. A round is cut into slices
 * and the contenders take turns slice by slice, the first one rotating, so drift and
 * bursts of outside load spread over all of them.
 */
export async function runAppendPhase(entrants: Entrant[], cfg: BenchConfig, log: (line: string) => void): Promise<PhaseResults> {
  const results: PhaseResults = new Map();
  for (const scenario of SCENARIOS) {
    const byContender = new Map<string, Sample[] | { error: string }>();
    results.set(scenario, byContender);
    const failed = (e: Entrant) => byContender.get(e.contender.name) !== undefined && !Array.isArray(byContender.get(e.contender.name));
    const attempt = async (e: Entrant, tag: string, ops: number): Promise<Sample | null> => {
      if (failed(e)) return null;
      try {
        return await e.contender.run(scenario, tag, params(cfg, ops));
      } catch (error) {
        if (!e.mayFail) throw error;
        const message = error instanceof Error ? error.message : String(error);
        byContender.set(e.contender.name, { error: message });
        log(`  ${e.contender.name}: FAILED ${message}`);
        return null;
      }
    };
    const total = opsFor(scenario, cfg);
    for (const e of entrants) await attempt(e, `${e.key}-${scenario}-w`, Math.max(5, Math.ceil(total / 10)));
    const slices = Math.min(cfg.slices, total);
    for (let r = 0; r < cfg.rounds; r++) {
      const parts = new Map<string, Sample[]>(entrants.map((e) => [e.contender.name, []]));
      for (let s = 0; s < slices; s++) {
        // Spread the remainder so the slices add up to exactly `total` operations.
        const ops = Math.floor(total / slices) + (s < total % slices ? 1 : 0);
        for (const e of rotate(entrants, r * slices + s)) {
          const sample = await attempt(e, `${e.key}-${scenario}-r${r}s${s}`, ops);
          if (sample) parts.get(e.contender.name)!.push(sample);
        }
      }
      for (const e of entrants) {
        if (failed(e)) continue;
        const round = mergeSamples(parts.get(e.contender.name)!);
        const list = (byContender.get(e.contender.name) as Sample[] | undefined) ?? [];
        list.push(round);
        byContender.set(e.contender.name, list);
        log(`  ${scenario} r${r + 1} ${e.contender.name}: ${Math.round(round.events / (round.elapsedMs / 1000))} events/s`);
      }
    }
  }
  return results;
}
