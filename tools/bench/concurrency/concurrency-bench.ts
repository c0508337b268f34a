import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { dropSchemas, ensurePgUrl } from '../infra';
import { machineInfo } from '../machine';
import { concurrencyConfigFromEnv } from './concurrency-config';
import { runConcurrencyPhase } from './concurrency-phase';
import { concurrencySection, describeWaits, LABEL } from './concurrency-report';
import { CONTENDERS, createSchemas, type Schemas } from './contenders';
import { WaitSampler } from './wait-sampler';

/** `npm run bench -- concurrency`: concurrent appends, ours against raw INSERTs; the section of BENCHMARKS.md. */
export async function concurrencyBench(log: (line: string) => void): Promise<string[]> {
  const at = new Date();
  const loadAtStart = os.loadavg()[0];
  const cfg = concurrencyConfigFromEnv();
  const url = ensurePgUrl();
  const machine = await machineInfo(url);
  // Fresh names on every run: nothing from an earlier (or concurrent) run is ever met or reused.
  const prefix = `hwbench_${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const schemas = Object.fromEntries(CONTENDERS.map((k) => [k, `${prefix}_${k}`])) as Schemas;
  log(`[bench] concurrency ${prefix}: ${cfg.appends} appends per contender and cell, ${cfg.writers.join('/')} writers, synchronous_commit ${cfg.synchronousCommit.join('/')}, ${cfg.rounds} rounds × ${cfg.slices} slices`);
  let sampler: WaitSampler | null = null;
  try {
    await createSchemas(url, schemas);
    sampler = await WaitSampler.open(url, cfg.sampleMs);
    const cells = await runConcurrencyPhase(url, schemas, prefix, cfg, sampler, log);
    for (const c of cells) for (const k of CONTENDERS) log(`  ${c.writers} writers, sync ${c.synchronousCommit}, ${LABEL[k]}: ${describeWaits(c.results[k].waits)}`);
    const section = concurrencySection({ cfg, cells, machine, at, durationS: (Date.now() - at.getTime()) / 1000, load: [loadAtStart, os.loadavg()[0]] });
    console.log(`\n${section.join('\n')}`);
    return section;
  } finally {
    await sampler?.close().catch(() => undefined);
    await dropSchemas(url, Object.values(schemas)).catch((e: unknown) => log(`[bench] clean-up failed: ${(e as Error).message}`));
  }
}
