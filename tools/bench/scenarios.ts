import type { NewEvent } from '../../libs/events/src/envelope';
import { benchEvents } from './fixtures';
import { timeOps, type Sample } from './stats';

/**
 * What each contender must offer. The scenario loops below are shared by all of them (the
 * emmett worker runs this same file), so every contender is driven by identical code.
 */
export interface Target {
  /** Appends with an optimistic check: `expectedVersion` is the stream's version now (0: new stream). */
  append(streamId: string, events: NewEvent[], expectedVersion: number): Promise<void>;
  /** Reads a whole stream back; returns how many events came back. */
  readStream(streamId: string): Promise<number>;
  close(): Promise<void>;
}

export const SCENARIOS = ['single-new', 'single-existing', 'batch', 'read'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export interface ScenarioParams {
  /** Operations per timed loop. */
  ops: number;
  /** Streams appended to round-robin in `single-existing`. */
  streams: number;
  batchSize: number;
  readLength: number;
}

/** `tag` makes stream ids unique per contender and round, so a rerun never meets old streams. */
export async function runScenario(target: Target, scenario: ScenarioName, tag: string, p: ScenarioParams): Promise<Sample> {
  switch (scenario) {
    case 'single-new': {
      const events = benchEvents(p.ops);
      return timeOps(p.ops, 1, (i) => target.append(`${tag}-n-${i}`, [events[i]], 0));
    }
    case 'single-existing': {
      // The streams exist before the clock starts: this measures appends that must look up a real version.
      const ids = Array.from({ length: p.streams }, (_, s) => `${tag}-e-${s}`);
      const first = benchEvents(p.streams, 1_000_000);
      for (let s = 0; s < ids.length; s++) await target.append(ids[s], [first[s]], 0);
      const versions = ids.map(() => 1);
      const events = benchEvents(p.ops);
      return timeOps(p.ops, 1, async (i) => {
        const s = i % ids.length;
        await target.append(ids[s], [events[i]], versions[s]);
        versions[s]++;
      });
    }
    case 'batch': {
      const events = benchEvents(p.ops * p.batchSize);
      const batches = Array.from({ length: p.ops }, (_, i) => events.slice(i * p.batchSize, (i + 1) * p.batchSize));
      return timeOps(p.ops, p.batchSize, (i) => target.append(`${tag}-b-${i}`, batches[i], 0));
    }
    case 'read': {
      const id = `${tag}-read`;
      const events = benchEvents(p.readLength);
      for (let v = 0; v < events.length; v += 100) await target.append(id, events.slice(v, v + 100), v);
      return timeOps(p.ops, p.readLength, async () => {
        const n = await target.readStream(id);
        if (n !== p.readLength) throw new Error(`read ${n} events from ${id}, expected ${p.readLength}`);
      });
    }
  }
}
