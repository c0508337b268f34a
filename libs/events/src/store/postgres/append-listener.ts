import type { Client } from 'pg';
import { APPENDED_CHANNEL, assertIdentifier } from './schema.sql';
import { pgPoolConfig } from './drivers';

/**
 * Wakes a service's readers when another of its instances committed an append, and tells the
 * others when this one did: one connection per instance, LISTENing on the channel and sending
 * `announce()`s on it. The announcement is its own statement after the append committed, never
 * part of the append: a transaction that NOTIFYs takes one lock for the whole server at commit
 * and holds it until the commit is flushed, which made parallel appends commit one at a time
 * (measured by `npm run bench -- concurrency` when a trigger notified). Announcements coalesce:
 * while one is on its way, any number more become one more. A lost connection is opened again;
 * meanwhile readers still poll, so a notification missed is latency, never loss.
 */
export class AppendListener {
  private client?: Client;
  private stopped = false;
  private retry?: NodeJS.Timeout;
  private sending = false;
  private pending = false;

  private constructor(
    private readonly connectionString: string,
    private readonly schema: string,
    private readonly onAppend: () => void,
    private readonly onError: (error: unknown) => void,
  ) {}

  static async start(connectionString: string, schema: string, onAppend: () => void, onError: (error: unknown) => void = () => {}): Promise<AppendListener> {
    const listener = new AppendListener(connectionString, assertIdentifier(schema), onAppend, onError);
    await listener.connect();
    return listener;
  }

  private async connect(): Promise<void> {
    const { Client } = await import('pg');
    const client = new Client(await pgPoolConfig(this.connectionString, 1));
    client.on('notification', (message) => {
      // Its own announcements come back too; this instance's readers were woken when it wrote.
      if (message.channel === APPENDED_CHANNEL && message.payload === this.schema && message.processId !== ownPid(client)) this.onAppend();
    });
    client.on('error', (error) => this.reconnect(error));
    client.on('end', () => this.reconnect(new Error('listener connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN ${APPENDED_CHANNEL}`);
      this.client = client;
      // Whatever was committed while no one listened is read now.
      this.onAppend();
    } catch (error) {
      await client.end().catch(() => {});
      this.reconnect(error);
    }
  }

  private reconnect(error: unknown): void {
    if (this.stopped || this.retry) return;
    this.onError(error);
    this.client = undefined;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.connect();
    }, 1000);
  }

  /** Call after an append committed: the service's other instances read it now rather than at their next poll. */
  announce(): void {
    if (this.sending) {
      this.pending = true;
      return;
    }
    const client = this.client;
    if (!client || this.stopped) return;
    this.sending = true;
    this.pending = false;
    client
      .query('SELECT pg_notify($1, $2)', [APPENDED_CHANNEL, this.schema])
      .catch((error: unknown) => this.onError(error))
      .finally(() => {
        this.sending = false;
        if (this.pending) this.announce();
      });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.client?.end().catch(() => {});
  }
}

/** The backend process id of the connection, as notifications name their sender. */
const ownPid = (client: Client): number | undefined => (client as unknown as { processID?: number }).processID;
