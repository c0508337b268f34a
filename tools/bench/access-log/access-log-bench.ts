import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { signDevToken } from '@homeward/platform';
import { freePort } from '../../testing/free-port';
import { hostInfo } from '../machine';
import { percentile } from '../stats';
import { accessLogSection, type AccessLogFigures, type Side } from './access-log-report';
import type { IntakeReply } from './intake-process';

const int = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const READY_WITHIN_MS = 120_000;
const CASE_MANAGER = { userId: 'cm-bench', role: 'case_manager' as const, countries: ['SN', 'MA'] };
const AUDITOR = { userId: 'aud-bench', role: 'auditor' as const, countries: ['*'] };

/** One intake process: its URL, and its stop (which flushes its access log). */
interface Intake {
  url: string;
  child: ChildProcess;
  dataDir: string;
}

async function startIntake(secret: string, record: boolean): Promise<Intake> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `homeward-bench-access-${record ? 'on' : 'off'}-`));
  const child = fork(path.join(__dirname, 'intake-process.ts'), [], {
    execArgv: ['-r', '@swc-node/register'],
    env: { ...process.env, HOMEWARD_INTAKE_PORT: String(await freePort()), HOMEWARD_MODE: 'embedded', HOMEWARD_DATA_DIR: dataDir, HOMEWARD_HOST: '127.0.0.1', HOMEWARD_JWT_SECRET: secret, HOMEWARD_LOG_LEVEL: 'warn', HOMEWARD_LOG_FORMAT: 'json', BENCH_RECORD_ACCESS: record ? '1' : '0' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const reply = await new Promise<IntakeReply>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`intake not ready within ${READY_WITHIN_MS / 1000} s`)), READY_WITHIN_MS);
    child.once('message', (m: IntakeReply) => (clearTimeout(timer), resolve(m)));
    child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`intake exited with ${code} before it was ready`))));
  });
  if (reply.kind !== 'ready') throw new Error(`intake: ${reply.error}`);
  return { url: reply.url.replace('[::1]', '127.0.0.1'), child, dataDir };
}

async function stopIntake(intake: Intake): Promise<void> {
  await new Promise<void>((resolve) => {
    intake.child.once('exit', () => resolve());
    intake.child.send({ kind: 'stop' });
    setTimeout(() => intake.child.kill('SIGKILL'), 30_000).unref();
  });
  rmSync(intake.dataDir, { recursive: true, force: true });
}

/** A returnee registered through the API, and her case file answering. */
async function openCase(url: string, token: string): Promise<string> {
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const returnee = { firstName: 'Awa', lastName: `Diallo-${randomBytes(3).toString('hex')}`, dateOfBirth: '1994-03-02', sex: 'female', nationality: 'SN', languages: ['fr', 'wo'], hostCountry: 'MA', countryOfOrigin: 'SN', plannedReturnDate: new Date().toISOString().slice(0, 10) };
  const res = await fetch(`${url}/returnees`, { method: 'POST', headers, body: JSON.stringify(returnee) });
  if (res.status !== 201) throw new Error(`POST /returnees answered ${res.status}: ${await res.text()}`);
  const { caseId } = (await res.json()) as { caseId: string };
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
    if ((await fetch(`${url}/cases/${caseId}`, { headers })).status === 200) return caseId;
  }
  throw new Error('the case file never answered');
}

async function timedRead(url: string, token: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
  await res.arrayBuffer();
  const ms = performance.now() - started;
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}`);
  return ms;
}

/**
 * Issue 15's target for the access log: GET /cases/:caseId in intake, one intake process recording
 * and one not, the reads interleaved one by one (whichever goes first alternates), one at a time over
 * loopback, BENCH_ACCESS_LOG_READS per side in BENCH_ACCESS_LOG_ROUNDS rounds after BENCH_ACCESS_LOG_WARMUP each;
 * the figure judged is the median over rounds of each round's p99 difference (one burst of outside load moves one round).
 */
export async function accessLogBench(log: (line: string) => void): Promise<string[]> {
  const at = new Date();
  const loadAtStart = os.loadavg()[0];
  const reads = int('BENCH_ACCESS_LOG_READS', 5000);
  const warmup = int('BENCH_ACCESS_LOG_WARMUP', 500);
  const rounds = int('BENCH_ACCESS_LOG_ROUNDS', 5);
  if (reads % rounds) throw new Error('BENCH_ACCESS_LOG_READS must be a multiple of BENCH_ACCESS_LOG_ROUNDS');
  const secret = randomBytes(32).toString('hex');
  const [cm, auditor] = await Promise.all([signDevToken(secret, 'homeward', CASE_MANAGER), signDevToken(secret, 'homeward', AUDITOR)]);
  log('[bench] access-log: starting two intake processes, recording on and off');
  const [on, off] = await Promise.all([startIntake(secret, true), startIntake(secret, false)]);
  try {
    const [onCase, offCase] = await Promise.all([openCase(on.url, cm), openCase(off.url, cm)]);
    const targets = { on: `${on.url}/cases/${onCase}`, off: `${off.url}/cases/${offCase}` };
    const samples: Record<'on' | 'off', number[]> = { on: [], off: [] };
    const roundDifferences: number[] = [];
    log(`[bench] access-log: ${warmup} warm-up reads per side, then ${rounds} rounds of ${reads / rounds} timed, interleaved`);
    for (let i = 0; i < warmup; i++) for (const side of ['off', 'on'] as const) await timedRead(targets[side], cm);
    for (let round = 0; round < rounds; round++) {
      const these: Record<'on' | 'off', number[]> = { on: [], off: [] };
      for (let i = 0; i < reads / rounds; i++) {
        for (const side of i % 2 ? (['on', 'off'] as const) : (['off', 'on'] as const)) these[side].push(await timedRead(targets[side], cm));
      }
      roundDifferences.push(percentile(these.on, 99) - percentile(these.off, 99));
      samples.on.push(...these.on);
      samples.off.push(...these.off);
    }
    // Every read of the recording side is in its log once its buffer is written (listing flushes it first).
    const listed = await fetch(`${on.url}/audit/access?caseId=${onCase}&limit=1`, { headers: { Authorization: `Bearer ${auditor}` } });
    const recorded = ((await listed.json()) as { total: number }).total;
    const side = (values: number[]): Side => ({ p50: percentile(values, 50), p99: percentile(values, 99), max: Math.max(...values), mean: values.reduce((a, b) => a + b, 0) / values.length });
    const figures: AccessLogFigures = { reads, warmup, rounds, roundDifferences, on: side(samples.on), off: side(samples.off), recorded, expected: warmup + reads + 1 };
    log(`[bench] access-log: p99 differences by round ${roundDifferences.map((d) => d.toFixed(2)).join(', ')} ms; on p50 ${figures.on.p50.toFixed(2)} p99 ${figures.on.p99.toFixed(2)} ms; off p50 ${figures.off.p50.toFixed(2)} p99 ${figures.off.p99.toFixed(2)} ms; ${recorded} recorded`);
    return accessLogSection(figures, hostInfo(), at, [loadAtStart, os.loadavg()[0]]);
  } finally {
    await Promise.all([stopIntake(on), stopIntake(off)]);
  }
}
