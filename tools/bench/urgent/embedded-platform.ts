import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../testing/free-port';
import { SERVICES } from '../../services';
import type { EmbeddedOrder, EmbeddedReply } from './embedded-platform-process';
import type { DocumentsById } from './inbox-watch';

const READY_WITHIN_MS = 120_000;

/** The parent's side of the embedded platform's process: its URLs, referrals' documents by id over IPC, and its stop. */
export class EmbeddedPlatform implements DocumentsById {
  private asks = 0;
  private readonly waiting = new Map<number, { resolve: (docs: unknown[]) => void; reject: (error: Error) => void }>();

  private constructor(
    private readonly child: ChildProcess,
    readonly urls: Record<string, string>,
    private readonly dataDir: string,
  ) {
    child.on('message', (m: EmbeddedReply) => {
      if (m.kind !== 'docs') return;
      const waiter = this.waiting.get(m.ask);
      this.waiting.delete(m.ask);
      if (m.error) waiter?.reject(new Error(m.error));
      else waiter?.resolve(m.docs ?? []);
    });
  }

  /** A fresh data directory, every service on a free loopback port, quiet logs; resolves once all four answer. */
  static async start(secret: string): Promise<EmbeddedPlatform> {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'homeward-bench-urgent-'));
    const ports = Object.fromEntries(await Promise.all(SERVICES.map(async (s) => [`HOMEWARD_${s.name.toUpperCase()}_PORT`, String(await freePort())])));
    const child = fork(path.join(__dirname, 'embedded-platform-process.ts'), [], {
      execArgv: ['-r', '@swc-node/register'],
      env: { ...process.env, ...ports, HOMEWARD_MODE: 'embedded', HOMEWARD_DATA_DIR: dataDir, HOMEWARD_HOST: '127.0.0.1', HOMEWARD_JWT_SECRET: secret, HOMEWARD_LOG_LEVEL: 'warn', HOMEWARD_LOG_FORMAT: 'json' },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const ready = await new Promise<EmbeddedReply>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`embedded platform not ready within ${READY_WITHIN_MS / 1000} s`)), READY_WITHIN_MS);
      child.once('message', (m: EmbeddedReply) => (clearTimeout(timer), resolve(m)));
      child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`embedded platform exited with ${code} before it was ready`))));
    }).catch((error: unknown) => {
      child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
      throw error;
    });
    if (ready.kind !== 'ready') throw new Error(`embedded platform: ${ready.kind === 'error' ? ready.error : ready.kind}`);
    return new EmbeddedPlatform(child, ready.urls, dataDir);
  }

  get pid(): number {
    return this.child.pid!;
  }

  getMany<T>(collection: string, ids: string[]): Promise<Array<T & { _id: string }>> {
    const ask = ++this.asks;
    return new Promise((resolve, reject) => {
      this.waiting.set(ask, { resolve: resolve as (docs: unknown[]) => void, reject });
      this.child.send({ kind: 'getMany', ask, collection, ids } satisfies EmbeddedOrder);
    });
  }

  /** Closes the services as Ctrl-C would, SIGKILL after 15 s; the data directory goes with it. */
  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise((r) => this.child.once('exit', r));
      this.child.send({ kind: 'stop' } satisfies EmbeddedOrder);
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
