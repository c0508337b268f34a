import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { freePort } from '../../testing/free-port';

const ROOT = path.resolve(__dirname, '../../..');
const READY_WITHIN_MS = 120_000;
const STOP_WITHIN_MS = 15_000;

/** A service in a process of its own, as `npm run start:distributed` runs it, on a free loopback port. */
export interface ServiceProcess {
  label: string;
  url: string;
  pid: number;
  /** SIGTERM, as an orchestrator stops it; SIGKILL if it has not exited in 15 s. Resolves how it ended and how long that took. */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number; killed: boolean }>;
}

export async function startServiceProcess(service: string, label: string, env: Record<string, string>, log: (line: string) => void): Promise<ServiceProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', `apps/${service}/src/main.ts`], {
    cwd: ROOT,
    env: { ...process.env, ...env, HOMEWARD_MODE: 'distributed', HOMEWARD_HOST: '127.0.0.1', [`HOMEWARD_${service.toUpperCase()}_PORT`]: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  createInterface({ input: child.stderr! }).on('line', (line) => log(`[${label}] ${line}`));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const url = `http://127.0.0.1:${port}`;
  try {
    await ready(url, exited);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${label}: ${(error as Error).message}`);
  }
  return { label, url, pid: child.pid!, stop: () => stop(child, exited) };
}

async function ready(url: string, exited: Promise<unknown>): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + READY_WITHIN_MS;
  while (Date.now() < deadline) {
    if (gone) throw new Error('exited before it was ready');
    const status = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(2000) }).then((r) => r.status, () => 0);
    if (status === 200) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not ready within ${READY_WITHIN_MS / 1000} s`);
}

async function stop(child: ChildProcess, exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>) {
  const started = Date.now();
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  let killed = false;
  const timer = setTimeout(() => {
    killed = true;
    child.kill('SIGKILL');
  }, STOP_WITHIN_MS);
  const end = await exited;
  clearTimeout(timer);
  return { ...end, ms: Date.now() - started, killed };
}
