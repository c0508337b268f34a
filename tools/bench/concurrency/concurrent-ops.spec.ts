import { split } from './concurrency-config';
import { timeConcurrent } from './concurrent-ops';
import { waitLabel, IDLE, ON_CPU } from './wait-sampler';

describe('Concurrent writers', () => {
  it('keep exactly as many calls in flight as there are writers, and make each call once', async () => {
    let inFlight = 0;
    let most = 0;
    const seen: number[] = [];
    const sample = await timeConcurrent(50, 8, async (i) => {
      most = Math.max(most, ++inFlight);
      seen.push(i);
      await new Promise((r) => setTimeout(r, i % 3));
      inFlight--;
    });
    expect(most).toBe(8);
    expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(sample.latenciesMs.every((l) => l >= 0)).toBe(true);
    expect(sample.events).toBe(50);
  });

  it('split appends into slices that add up to the whole', () => {
    expect(split(1000, 3)).toEqual([334, 333, 333]);
    expect(split(2, 3)).toEqual([1, 1]);
  });
});

describe("A connection's state", () => {
  it('is idle unless a statement is running, then its wait event, or running when it has none', () => {
    expect(waitLabel('idle', 'Client', 'ClientRead')).toBe(IDLE);
    expect(waitLabel('idle in transaction', null, null)).toBe(IDLE);
    expect(waitLabel('active', 'Lock', 'object')).toBe('Lock:object');
    expect(waitLabel('active', null, null)).toBe(ON_CPU);
  });
});
