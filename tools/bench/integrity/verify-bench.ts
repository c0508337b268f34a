import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { pgExecutor } from '../../../libs/events/src/store/postgres/drivers';
import { verifyChains } from '../../../libs/events/src/store/postgres/chain-verifier';
import { PostgresEventStore } from '../../../libs/events/src/store/postgres/postgres-event-store';
import { benchEvents } from '../fixtures';
import { dropSchemas, ensurePgUrl } from '../infra';
import { hostInfo } from '../machine';
import { median } from '../stats';
import { integritySection, type IntegrityFigures } from './integrity-report';

const int = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/**
 * Verifying hash chains (issue 11, targets): a log of BENCH_VERIFY_EVENTS events in streams of
 * BENCH_VERIFY_STREAM_LENGTH, appended through our store on the PostgreSQL from infra/, then
 * verified whole BENCH_VERIFY_PASSES times; the median pass is the figure.
 */
export async function integrityBench(log: (line: string) => void): Promise<string[]> {
  const at = new Date();
  const loadAtStart = os.loadavg()[0];
  const events = int('BENCH_VERIFY_EVENTS', 200_000);
  const streamLength = int('BENCH_VERIFY_STREAM_LENGTH', 20);
  const passes = int('BENCH_VERIFY_PASSES', 3);
  const url = ensurePgUrl();
  const schema = `hwbench_verify_${randomBytes(3).toString('hex')}`;
  const sql = await pgExecutor(url, 4);
  try {
    const store = await PostgresEventStore.open(sql, schema);
    log(`[bench] integrity: appending ${events} events in streams of ${streamLength}`);
    const streams = Math.ceil(events / streamLength);
    for (let k = 0; k < streams; k += 4) {
      await Promise.all(
        [0, 1, 2, 3].filter((j) => k + j < streams).map((j) => store.appendToStream(`verify-${k + j}`, benchEvents(Math.min(streamLength, events - (k + j) * streamLength), (k + j) * streamLength), { expectedVersion: 0 })),
      );
    }
    await sql.exec(`ANALYZE ${schema}.events`);
    const rates: number[] = [];
    for (let pass = 0; pass < passes; pass++) {
      const started = process.hrtime.bigint();
      const report = await verifyChains(sql, schema);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (report.broken.length || report.events !== events) throw new Error(`verify found ${report.broken.length} broken links in ${report.events} events`);
      rates.push(events / seconds);
      log(`[bench] integrity: pass ${pass + 1}: ${Math.round(events / seconds)} events/s`);
    }
    const figures: IntegrityFigures = { events, streamLength, passes, eventsPerSecond: median(rates), samples: rates };
    return integritySection(figures, hostInfo(), at, [loadAtStart, os.loadavg()[0]]);
  } finally {
    await sql.close();
    await dropSchemas(url, [schema]);
  }
}
