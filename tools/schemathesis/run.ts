import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BoundedContext, Role } from '@homeward/events';
import { signDevToken, type Principal } from '@homeward/platform';
import { SERVICES } from '../services';
import { startEmbedded } from '../start-embedded';
import { seedCase, type Seeded } from './seed-case';

/**
 * Schemathesis against every service's own OpenAPI document, the platform started embedded on a
 * fresh data directory: fails (exit 1) on a 5xx, a status the document does not declare, a
 * response that does not match its schema, a request the schema refuses that the service takes,
 * and a method a path does not take that answers anything but 405 with Allow.
 *   npm run schemathesis                       # every service, 20 examples per operation
 *   npm run schemathesis -- intake --max-examples 100 --seed 1   # more, or one service; extra args go to schemathesis
 *   npm run schemathesis -- intake --as auditor                   # as another role
 */
const CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_schema_conformance',
  'negative_data_rejection',
  'unsupported_method',
].join(',');

const SCOPE = ['SN', 'MA'];
const SEEDED_NAMES = ['Awa', 'Aminata', 'Fatou', 'Mariama', 'Khady'];
/**
 * Who calls each service: roles that between them may use every operation (a supervisor assigns
 * and reads the raw history; a case manager writes), in the seeded case's countries.
 */
const RUNS: Array<{ service: BoundedContext; caller: Principal }> = [
  { service: 'intake', caller: { userId: 'cm-awa', role: 'case_manager', countries: SCOPE } },
  { service: 'intake', caller: { userId: 'sup-moussa', role: 'supervisor', countries: SCOPE } },
  { service: 'planning', caller: { userId: 'cm-awa', role: 'case_manager', countries: SCOPE } },
  { service: 'referrals', caller: { userId: 'cm-awa', role: 'case_manager', countries: SCOPE } },
  { service: 'monitoring', caller: { userId: 'me-fatou', role: 'me_officer', countries: SCOPE } },
];

/**
 * Most requests name the seeded case and the session, consent, family member and need in it, so they reach the deciders (409s, 400s of the
 * domain, 201s) rather than only the 404 of an unknown id; the others still try random ids.
 */
function configFor(seeded: Seeded): string {
  return [
    '[dictionaries.cases]', `values = ["${seeded.caseId}"]`,
    ...(['sessionId', 'consentId', 'memberId', 'needId'] as const).flatMap((id) => [`[dictionaries.${id}]`, `values = ["${seeded[id]}"]`]),
    '[parameters]',
    '"path.caseId" = { dictionary = "cases", probability = 0.8 }',
    '"query.caseId" = { dictionary = "cases", probability = 0.8 }',
    ...(['sessionId', 'consentId', 'memberId', 'needId'] as const).map((id) => `"path.${id}" = { dictionary = "${id}", probability = 0.8 }`),
    '',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const as = argv.indexOf('--as');
  const role = as >= 0 ? (argv.splice(as, 2)[1] as Role) : undefined;
  const names = SERVICES.map((s) => s.name);
  const only = argv.filter((a) => names.includes(a as BoundedContext)) as BoundedContext[];
  const extra = argv.filter((a) => !only.includes(a as BoundedContext));
  // `--as auditor`: each service once, as that role, instead of the usual callers.
  const runs = role ? names.map((service) => ({ service, caller: { userId: `${role}-fuzz`, role, countries: SCOPE } })) : RUNS;
  const dataDir = mkdtempSync(join(tmpdir(), 'homeward-schemathesis-'));
  const secret = randomBytes(32).toString('hex');
  Object.assign(process.env, { HOMEWARD_JWT_SECRET: secret, HOMEWARD_LOG_LEVEL: process.env.HOMEWARD_LOG_LEVEL ?? 'error', HOMEWARD_LOG_FORMAT: 'json' });
  for (const service of names) process.env[`HOMEWARD_${service.toUpperCase()}_PORT`] = '0';
  const platform = await startEmbedded(dataDir);
  const failed: string[] = [];
  try {
    // startEmbedded starts them in the registry's order.
    const url = (service: BoundedContext) => platform.running[names.indexOf(service)].url.replace('[::1]', 'localhost');
    const token = (caller: Principal) => signDevToken(secret, 'homeward', caller);
    const chosen = runs.filter(({ service }) => !only.length || only.includes(service));
    await inParallel(chosen.map((run, n) => ({ ...run, n })), PARALLEL_RUNS, async ({ service, caller, n }) => {
      const who = `${service} as ${caller.role}`;
      // A case of its own: runs side by side must not close each other's (the supervisor's run erases its case).
      const config = join(dataDir, `schemathesis-${n}.toml`);
      writeFileSync(config, configFor(await seedCase(url('intake'), await token(RUNS[0].caller), SEEDED_NAMES[n % SEEDED_NAMES.length])));
      const started = Date.now();
      const args = [
        '--config-file', config,
        'run', `${url(service)}/docs-json`, '--url', url(service),
        '--header', `Authorization: Bearer ${await token(caller)}`,
        '--checks', CHECKS,
        '--max-examples', '20',
        '--seed', process.env.SCHEMATHESIS_SEED ?? '20261202',
        '--workers', '1',
        '--suppress-health-check', 'all',
        ...extra,
      ];
      const { code, output } = await run('bash', [join(__dirname, '../../infra/schemathesis.sh'), ...args]);
      // CI's log stays short: one line per run, the whole report only when it failed.
      console.log(`== schemathesis: ${who}: ${summaryOf(output)} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
      if (code !== 0) {
        process.stdout.write(output);
        failed.push(`${who} (exit ${code})`);
      }
    });
  } finally {
    await platform.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (failed.length) console.error(`\nschemathesis failed for: ${failed.join(', ')}`);
  return failed.length ? 1 : 0;
}

/**
 * Runs at once: schemathesis spends most of a run generating cases in Python while the platform
 * waits, so two runs keep both cores busy (CI's time; HOMEWARD_SCHEMATHESIS_PARALLEL=1 runs them one by one).
 */
const PARALLEL_RUNS = Number(process.env.HOMEWARD_SCHEMATHESIS_PARALLEL ?? 2);

async function inParallel<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const lane = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  };
  await Promise.all(Array.from({ length: Math.max(1, width) }, lane));
}

/** Schemathesis' own verdicts: operations tested, test cases, and its closing line. */
function summaryOf(output: string): string {
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const tested = /Tested: (\d+)/.exec(plain)?.[1];
  const cases = /Test cases:\s*\n\s*(.+)/.exec(plain)?.[1]?.trim();
  const verdict = /=+ (.+?) =+\s*$/.exec(plain.trimEnd())?.[1];
  return [tested && `${tested} operations`, cases, verdict].filter(Boolean).join('; ') || 'no summary';
}

function run(command: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output: Buffer.concat(chunks).toString('utf8') }));
  });
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
