import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { BoundedContext } from '@homeward/events';
import { signDevToken } from '@homeward/platform';
import { SERVICES } from '../../services';
import { treeMemory, type TreeMemory } from './process-memory';

const ROOT = path.resolve(__dirname, '../../..');
const POLL_MS = 20;
const READY_TIMEOUT_MS = 120_000;
/** Every country the seeded corridors touch: the M&E officer's list then counts every case. */
const COUNTRIES = ['MA', 'SN', 'GN', 'ML', 'GM', 'NE'];

export interface ColdStart {
  /** From spawn to every service ready and the first real reads answered, in s. */
  readyS: number;
  /** What the process itself prints ("ready in … s"): without Node's start and the loading of the code. */
  selfReportedS: number | null;
  atReady: TreeMemory;
  afterReads: TreeMemory;
  /**
   * The most the tree held: the high-water marks of the processes alive at the end, or the tree's resident
   * memory sampled at every poll while starting if that was more (a child that ended, such as initdb, counts).
   */
  peakMiB: number;
  /** Cases monitoring's list counted at the first read: the seeded cases were there. */
  casesListed: number;
}

/**
 * One cold start of `npm start` (the same command, run directly), on a data directory: timed from
 * spawn until every service answers /health/ready and intake's caseload and monitoring's case list
 * answer a real read with a token; memory of the process tree then and after a round of reads, and the
 * most it held on the way.
 */
export async function coldStart(dataDir: string, expectedCases: number, cacheDir: string): Promise<ColdStart> {
  const ports = await freePorts(SERVICES.length);
  const secret = randomBytes(32).toString('hex');
  const env: NodeJS.ProcessEnv = { ...process.env, HOMEWARD_DATA_DIR: dataDir, HOMEWARD_CACHE: cacheDir, HOMEWARD_JWT_SECRET: secret, HOMEWARD_LOG_FORMAT: 'json', HOMEWARD_LOG_LEVEL: 'warn', HOMEWARD_MODE: 'embedded' };
  delete env.HOMEWARD_READ_MODELS;
  SERVICES.forEach((s, i) => (env[`HOMEWARD_${s.name.toUpperCase()}_PORT`] = String(ports[i])));
  const url = (name: BoundedContext) => `http://127.0.0.1:${ports[SERVICES.findIndex((s) => s.name === name)]}`;
  const caseManager = await signDevToken(secret, 'homeward', { userId: 'cm-awa', role: 'case_manager', countries: COUNTRIES });
  const officer = await signDevToken(secret, 'homeward', { userId: 'me-fatou', role: 'me_officer', countries: COUNTRIES });

  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, npmStart(), { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = captured(child);
  try {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    let casesListed = -1;
    let sampledPeak = 0;
    for (;;) {
      sampledPeak = Math.max(sampledPeak, treeMemory(child.pid!).rssMiB);
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode} before it was ready:\n${output.text().slice(-2000)}`);
      if (Date.now() > deadline) throw new Error(`npm start was not ready after ${READY_TIMEOUT_MS / 1000} s:\n${output.text().slice(-2000)}`);
      const ready = await Promise.all(SERVICES.map((s) => status(`${url(s.name)}/health/ready`)));
      if (ready.every((code) => code === 200)) {
        const [caseload, list] = await Promise.all([get(`${url('intake')}/caseload?limit=20`, caseManager), get(`${url('monitoring')}/cases?limit=20`, officer)]);
        if (caseload.status === 200 && list.status === 200) {
          casesListed = (list.body as { total: number }).total;
          break;
        }
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
    const readyS = Number(process.hrtime.bigint() - started) / 1e9;
    if (casesListed !== expectedCases) throw new Error(`monitoring listed ${casesListed} cases at its first read, ${expectedCases} were seeded`);
    const atReady = treeMemory(child.pid!);
    await someReads(url, caseManager, officer);
    const afterReads = treeMemory(child.pid!);
    const self = /ready in ([\d.]+) s/.exec(output.text());
    const peakMiB = Math.max(sampledPeak, afterReads.peakMiB);
    return { readyS, selfReportedS: self ? Number(self[1]) : null, atReady, afterReads, peakMiB, casesListed };
  } finally {
    await stop(child);
  }
}

/** What `npm start` runs, read from package.json: the bench times what users run. */
export function npmStartScript(): string {
  return (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
}

function npmStart(): string[] {
  const [command, ...args] = npmStartScript().split(/\s+/);
  if (command !== 'node') throw new Error(`npm start runs ${command}, not node: update tools/bench/boot/cold-start.ts`);
  return args;
}

/** What a morning at an office asks: caseloads, lists page by page, a search, the urgent cases. */
async function someReads(url: (name: BoundedContext) => string, caseManager: string, officer: string): Promise<void> {
  for (let page = 0; page < 10; page++) {
    const answers = await Promise.all([
      get(`${url('intake')}/caseload?limit=50&offset=${page * 50}`, caseManager),
      get(`${url('intake')}/returnees?name=Diallo`, caseManager),
      get(`${url('intake')}/urgent-cases?limit=50`, caseManager),
      get(`${url('monitoring')}/cases?limit=100&offset=${page * 100}`, officer),
      get(`${url('monitoring')}/cases?country=SN&limit=100&offset=${page * 100}`, officer),
    ]);
    const failed = answers.find((a) => a.status !== 200);
    if (failed) throw new Error(`a read after start answered ${failed.status}: ${JSON.stringify(failed.body).slice(0, 300)}`);
  }
}

async function status(address: string): Promise<number> {
  try {
    const response = await fetch(address);
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

async function get(address: string, token: string): Promise<{ status: number; body: unknown }> {
  try {
    const response = await fetch(address, { headers: { authorization: `Bearer ${token}` } });
    return { status: response.status, body: await response.json().catch(() => null) };
  } catch {
    return { status: 0, body: null };
  }
}

function captured(child: ChildProcess): { text(): string } {
  const chunks: string[] = [];
  child.stdout!.on('data', (c: Buffer) => chunks.push(c.toString()));
  child.stderr!.on('data', (c: Buffer) => chunks.push(c.toString()));
  return { text: () => chunks.join('') };
}

/** SIGTERM, as Ctrl-C would; a start that does not stop within 15 s is killed. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/** Ports free now, asked of the system (listening on port 0), so runs beside others never collide. */
async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, () => new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve(server));
    })),
  );
  const ports = servers.map((s) => (s.address() as { port: number }).port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}
