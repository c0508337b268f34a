import type { Sample } from '../stats';

/**
 * Runs `op` for i = 0 … ops − 1 from `writers` loops at once, each taking the next i as soon as its
 * previous call is done, so exactly `writers` calls are in flight until the last ones drain.
 * Each call is timed on its own; the sample's wall time is the whole run's.
 */
export async function timeConcurrent(ops: number, writers: number, op: (i: number) => Promise<unknown>): Promise<Sample> {
  const latenciesMs = new Array<number>(ops);
  let next = 0;
  const writer = async () => {
    for (let i = next++; i < ops; i = next++) {
      const s = performance.now();
      await op(i);
      latenciesMs[i] = performance.now() - s;
    }
  };
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: Math.min(writers, ops) }, writer));
  const elapsedMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { latenciesMs, elapsedMs, events: ops, cpuMs: (cpu.user + cpu.system) / 1000 };
}
