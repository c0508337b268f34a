import { withTimeout } from './with-timeout';

interface Connectable {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
}

interface Connection<C> {
  client: C;
  ready: Promise<void>;
}

/**
 * A kafkajs producer or admin client, connected on first use and thrown away after any
 * failure or timeout, so that the next call starts on a fresh connection. kafkajs often
 * reconnects by itself, but not always (a request stuck on a half-open socket, metadata
 * gone stale during an outage); a new client is the one recovery path that always works.
 */
export class ReplaceableClient<C extends Connectable> {
  private current?: Connection<C>;
  private closed = false;

  constructor(
    private readonly create: () => C,
    private readonly what: string,
    private readonly timeoutMs: number,
  ) {}

  async use<T>(work: (client: C) => Promise<T>, timeoutMs = this.timeoutMs): Promise<T> {
    if (this.closed) throw new Error(`${this.what}: the broker is closed`);
    const connection = (this.current ??= this.connectNew());
    try {
      return await withTimeout(
        connection.ready.then(() => work(connection.client)),
        timeoutMs,
        this.what,
      );
    } catch (error) {
      this.discard(connection);
      throw error;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const connection = this.current;
    this.current = undefined;
    if (connection) await connection.client.disconnect().catch(() => {});
  }

  private connectNew(): Connection<C> {
    const client = this.create();
    const ready = client.connect();
    ready.catch(() => {}); // observed by `use`; this keeps a failure from being "unhandled" meanwhile
    return { client, ready };
  }

  private discard(connection: Connection<C>): void {
    if (this.current !== connection) return; // a concurrent failure already replaced it
    this.current = undefined;
    // Disconnecting also aborts whatever is still pending on it after a timeout.
    void connection.client.disconnect().catch(() => {});
  }
}
