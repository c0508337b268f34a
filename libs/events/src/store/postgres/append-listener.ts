import type { Client } from 'pg';
import { APPENDED_CHANNEL, assertIdentifier } from './schema.sql';
import { pgPoolConfig } from './drivers';

/**
 * Wakes a reader whenever an event store schema commits an append, whichever process wrote:
 * one connection LISTENing on the channel the schema's trigger notifies. A lost connection
 * is opened again; meanwhile readers still poll, so a notification missed is latency, never loss.
 */
export class AppendListener {
  private client?: Client;
  private stopped = false;
  private retry?: NodeJS.Timeout;

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
      if (message.channel === APPENDED_CHANNEL && message.payload === this.schema) this.onAppend();
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

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.client?.end().catch(() => {});
  }
}
