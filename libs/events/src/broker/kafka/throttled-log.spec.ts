import { throttledLog } from './throttled-log';

describe('throttledLog', () => {
  let now: number;
  let lines: Array<[string, string, Record<string, unknown>]>;
  const log = () => throttledLog((level, message, fields) => void lines.push([level, message, fields]), 30_000, () => now);

  beforeEach(() => {
    now = 0;
    lines = [];
  });

  it('lets the first line of a kind through, then one per window with how many were left out', () => {
    const l = log();
    for (let second = 0; second < 65; second++) {
      now = second * 1_000;
      l('error', `Connection error: connect ECONNREFUSED 127.0.0.1:29092 (retry in ${300 + second} ms)`, { namespace: 'Connection' });
    }
    expect(lines.map(([, , fields]) => fields.repeated)).toEqual([undefined, 29, 29]);
  });

  it('keeps kinds apart: another message, level or group is a line of its own', () => {
    const l = log();
    l('error', 'Connection error', { namespace: 'Connection' });
    l('warn', 'Connection error', { namespace: 'Connection' });
    l('error', 'Crash', { namespace: 'Consumer', groupId: 'a' });
    l('error', 'Crash', { namespace: 'Consumer', groupId: 'b' });
    l('error', 'Crash', { namespace: 'Consumer', groupId: 'b' });
    expect(lines).toHaveLength(4);
  });
});
