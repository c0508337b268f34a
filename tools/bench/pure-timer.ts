/**
 * In-process timing of a pure, synchronous function. Each call's result feeds a
 * module-level sink, so the optimiser cannot drop the work being measured.
 */
let sink = 0;

/** ns per call over `iterations` calls, call i getting i. */
export function nsPerCall(fn: (i: number) => number, iterations: number): number {
  let acc = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) acc += fn(i);
  const ns = Number(process.hrtime.bigint() - t0);
  sink += acc;
  return ns / iterations;
}

/**
 * How many calls make one sample of about `sampleMs`: doubles a trial run until it lasts a
 * tenth of that, which also warms the function up (JIT) before anything is kept.
 */
export function calibrate(fn: (i: number) => number, sampleMs: number): number {
  for (let n = 16; ; n *= 2) {
    const ns = nsPerCall(fn, n) * n;
    if (ns >= (sampleMs * 1e6) / 10) return Math.max(n, Math.round((n * sampleMs * 1e6) / ns));
  }
}
