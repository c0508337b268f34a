import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { InProcessBroker, pgliteExecutor, type BoundedContext } from '@homeward/events';
import type { DevClock, RunningService, ServiceDefinition } from '@homeward/platform';
import { startTestService } from './test-services';
import { TEST_ISSUER, TEST_SECRET } from './test-auth';

/**
 * The README's walk-through scripts (tools/try-*.sh) run by their specs as a new user runs them: against the
 * services as `npm start` starts them, one in-process broker and one database (so one key store), counting
 * the days of the Rabat and Dakar offices, with the dev clock when the script moves time.
 */
export async function startAsNpmStart(
  services: Array<[BoundedContext, ServiceDefinition]>,
  options: { devClock?: DevClock } = {},
): Promise<{ running: RunningService[]; urls: string[]; close(): Promise<void> }> {
  const sql = await pgliteExecutor();
  const broker = new InProcessBroker();
  const embedded = { mode: 'embedded', sharedBroker: broker, sharedSql: sql, officeTimeZones: { MA: 'Africa/Casablanca', SN: 'Africa/Dakar' }, ...options } as const;
  const running = await Promise.all(services.map(([name, definition]) => startTestService(name, definition, embedded)));
  return {
    running,
    urls: running.map((s) => s.url.replace('[::1]', 'localhost')),
    close: async () => {
      for (const s of [...running].reverse()) await s.close();
      await broker.close();
      await sql.close();
    },
  };
}

/** Runs tools/<script> with the tests' token secret; its answers go to stdout and stderr, read as one, in the order printed. */
export async function runWalkThrough(script: string, env: Record<string, string>): Promise<string> {
  try {
    const run = await promisify(execFile)('bash', ['-c', `bash "${resolve(__dirname, '..', script)}" 2>&1`], {
      env: { ...process.env, ...env, HOMEWARD_JWT_SECRET: TEST_SECRET, HOMEWARD_JWT_ISSUER: TEST_ISSUER },
      maxBuffer: 16 * 1024 * 1024,
    });
    return run.stdout;
  } catch (error) {
    // Where the script stopped, and why: its last answers.
    const printed = String((error as { stdout?: string }).stdout ?? '');
    throw new Error(`${script} failed (${(error as { code?: unknown }).code}); it printed last:\n${printed.split('\n').slice(-30).join('\n')}`);
  }
}
