import type { Sample } from './stats';

/**
 * Replays a whole log into a projection. `tick` may be called once per page so that the
 * report can show per-page latency; a callback that never calls it is timed as one block.
 * Returns the number of events applied.
 */
export type RebuildFn = (tick: () => void) => Promise<number>;

export type RebuildResult = { status: 'pending' } | { status: 'measured'; sample: Sample };

/**
 * Times one full rebuild. Without a callback (no projection runner to plug in) the result
 * is reported as pending rather than invented.
 */
export async function benchProjectionRebuild(rebuild?: RebuildFn): Promise<RebuildResult> {
  if (!rebuild) return { status: 'pending' };
  const latenciesMs: number[] = [];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let last = t0;
  const applied = await rebuild(() => {
    const now = performance.now();
    latenciesMs.push(now - last);
    last = now;
  });
  const elapsedMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  if (latenciesMs.length === 0) latenciesMs.push(elapsedMs);
  return { status: 'measured', sample: { latenciesMs, elapsedMs, events: applied, cpuMs: (cpu.user + cpu.system) / 1000 } };
}
