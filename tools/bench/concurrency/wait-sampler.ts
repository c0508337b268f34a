import { Client } from 'pg';

/** How many samples of one contender's connections found each of them in each state. */
export type WaitTally = Map<string, number>;

export const IDLE = 'idle: waiting for the client';
export const ON_CPU = 'running (no wait event)';

/** One connection as pg_stat_activity shows it, named as the waits table reads it. */
export function waitLabel(state: string | null, waitType: string | null, waitEvent: string | null): string {
  if (state !== 'active') return IDLE;
  return waitType ? `${waitType}:${waitEvent}` : ON_CPU;
}

/**
 * Asks the server every `intervalMs` what the connections of one contender (found by their
 * application_name) are doing: what limits a contender is measured, not guessed. Its own
 * connection is opened once and never timed; one query per tick reads shared memory only.
 */
export class WaitSampler {
  private constructor(
    private readonly client: Client,
    private readonly intervalMs: number,
  ) {}

  static async open(url: string, intervalMs: number): Promise<WaitSampler> {
    const client = new Client({ connectionString: url, application_name: 'hwbench_wait_sampler' });
    await client.connect();
    return new WaitSampler(client, intervalMs);
  }

  /** Samples `applicationName` into `tally` until the returned stop is awaited. */
  start(applicationName: string, tally: WaitTally): () => Promise<void> {
    let running = true;
    let failure: unknown = null;
    const loop = (async () => {
      while (running) {
        const { rows } = await this.client.query<{ state: string | null; wait_event_type: string | null; wait_event: string | null }>(
          'SELECT state, wait_event_type, wait_event FROM pg_stat_activity WHERE application_name = $1',
          [applicationName],
        );
        for (const r of rows) {
          const label = waitLabel(r.state, r.wait_event_type, r.wait_event);
          tally.set(label, (tally.get(label) ?? 0) + 1);
        }
        await new Promise((resolve) => setTimeout(resolve, this.intervalMs));
      }
    })().catch((error: unknown) => {
      // Kept for stop: a rejection nobody awaits yet would end the process.
      failure = error;
    });
    return async () => {
      running = false;
      await loop;
      if (failure) throw failure;
    };
  }

  /** The server processes behind a contender's connections, for cpu-meter.ts. */
  async backendPids(applicationName: string): Promise<number[]> {
    const { rows } = await this.client.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE application_name = $1', [applicationName]);
    return rows.map((r) => r.pid);
  }

  close(): Promise<void> {
    return this.client.end();
  }
}
