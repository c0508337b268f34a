import { urgentConfigFromEnv } from './urgent-config';
import { latencyOf } from './urgent-latency';
import { urgentStagesOf } from './urgent-stages';
import { urgentVerdict } from './urgent-verdict';

const spread = (from: number, to: number) => Array.from({ length: 100 }, (_, i) => from + ((to - from) * i) / 99);

describe('The urgent-referral bench', () => {
  it('passes embedded mode under 1 s at p99 only when every need recorded reached the inbox', () => {
    const fast = latencyOf(spread(20, 900));
    expect(urgentVerdict(fast, { unseen: 0, failed: 0 })).toMatchObject({ allowedMs: 1000, pass: true });
    expect(urgentVerdict(fast, { unseen: 1, failed: 0 }).pass).toBe(false);
    expect(urgentVerdict(fast, { unseen: 0, failed: 1 }).pass).toBe(false);
    expect(urgentVerdict(latencyOf(spread(20, 1100)), { unseen: 0, failed: 0 }).pass).toBe(false);
    expect(urgentVerdict(latencyOf([]), { unseen: 0, failed: 0 }).pass).toBe(false);
  });

  it('holds distributed mode to three times the kafkajs p99 of the same run', () => {
    const kafkajs = latencyOf(spread(5, 40));
    const within = urgentVerdict(latencyOf(spread(10, 110)), { unseen: 0, failed: 0 }, kafkajs);
    expect(within).toMatchObject({ allowedMs: 3 * kafkajs.p99, pass: true });
    expect(within.ratio).toBeCloseTo(latencyOf(spread(10, 110)).p99 / kafkajs.p99);
    expect(urgentVerdict(latencyOf(spread(10, 130)), { unseen: 0, failed: 0 }, kafkajs).pass).toBe(false);
    expect(urgentVerdict(latencyOf(spread(10, 110)), { unseen: 0, failed: 0 }, latencyOf([])).pass).toBe(false);
  });

  it('splits each need into its hops by the databases’ times, leaving a need out only of the hops it lacks a time for', () => {
    const times = {
      identified: new Map([
        ['c1', { eventId: 'e1', at: 1000 }],
        ['c2', { eventId: 'e2', at: 2000 }],
      ]),
      imported: new Map([['e1', 1030]]),
      sent: new Map([['c1', 1100]]),
    };
    const stages = urgentStagesOf(
      [
        { caseId: 'c1', answeredAt: 1010, seenAt: 1120 },
        { caseId: 'c2', answeredAt: 2005 },
      ],
      times,
    );
    expect(stages.map((s) => [s.latency.count, s.latency.max])).toEqual([
      [2, 10],
      [1, 30],
      [1, 70],
      [1, 20],
    ]);
  });

  it('reads its counts from the environment and refuses a mode it does not know', () => {
    expect(urgentConfigFromEnv({})).toMatchObject({ needs: 200, warmup: 20, rate: 2, modes: ['embedded', 'distributed'] });
    expect(urgentConfigFromEnv({ BENCH_URGENT_MODES: 'distributed', BENCH_URGENT_N: '50' })).toMatchObject({ needs: 50, modes: ['distributed'] });
    expect(() => urgentConfigFromEnv({ BENCH_URGENT_MODES: 'cloud' })).toThrow(/BENCH_URGENT_MODES/);
    expect(() => urgentConfigFromEnv({ BENCH_URGENT_RATE: '0' })).toThrow(/BENCH_URGENT_RATE/);
  });
});
