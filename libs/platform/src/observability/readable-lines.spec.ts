import { PassThrough } from 'node:stream';
import pino from 'pino';
import { readableLine, readableLines } from './readable-lines';

describe('Readable log lines for a terminal', () => {
  it('says time, level, service and message on one line, with the other fields as key=value', () => {
    const json = JSON.stringify({ level: 40, time: Date.parse('2026-12-02T08:15:30.123Z'), pid: 1, hostname: 'h', service: 'intake', msg: 'outbox relay failed, will retry', error: 'ECONNREFUSED', attempt: 3 });
    expect(readableLine(json, false)).toBe('08:15:30.123 WARN  [intake] outbox relay failed, will retry error=ECONNREFUSED attempt=3');
    expect(readableLine(json, true)).toMatch(/^\x1b\[33m08:15:30\.123 WARN .*\x1b\[0m$/);
  });

  it('writes one line per entry from pino, and passes through what is not JSON', async () => {
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on('data', (c) => chunks.push(String(c)));
    const logger = pino({ base: { service: 'monitoring' } }, readableLines(out, false));
    logger.info({ url: 'http://127.0.0.1:3004' }, 'monitoring listening');
    expect(chunks.join('')).toMatch(/^\d\d:\d\d:\d\d\.\d{3} INFO  \[monitoring\] monitoring listening url=http:\/\/127\.0\.0\.1:3004\n$/);
    expect(readableLine('not json', false)).toBe('not json');
  });
});
