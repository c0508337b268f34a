import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { pgliteExecutor } from '@homeward/events';
import { seededDirectory } from '../bench/boot/seeded-directory';

const ROOT = resolve(__dirname, '../..');
const run = promisify(execFile);

/**
 * `npm run verify` as an auditor runs it on an embedded data directory where cases were
 * registered through the services, then tampered with behind the store's back.
 */
describe('npm run verify', () => {
  const work = mkdtempSync(join(tmpdir(), 'homeward-verify-'));
  const cache = join(work, 'cache');
  let dataDir: string;
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  beforeAll(async () => {
    dataDir = await seededDirectory(work, 3, cache, () => {});
  }, 180_000);

  async function verify(...args: string[]): Promise<{ code: number; out: string }> {
    const env = { ...process.env, HOMEWARD_MODE: 'embedded', HOMEWARD_DATA_DIR: dataDir, HOMEWARD_CACHE: cache, HOMEWARD_NAMESPACE: '' };
    try {
      const { stdout } = await run('node', ['-r', './tools/runtime/register.js', 'tools/verify-cli.ts', ...args], { cwd: ROOT, env });
      return { code: 0, out: stdout };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, out: `${e.stdout}${e.stderr}` };
    }
  }

  /** As a superuser with the embedded database would: triggers off, the change, triggers on. */
  async function tamper(statement: string): Promise<void> {
    const sql = await pgliteExecutor(join(dataDir, 'eventstore'), { templates: cache });
    await sql.exec(`ALTER TABLE intake.events DISABLE TRIGGER events_append_only; ${statement}; ALTER TABLE intake.events ENABLE TRIGGER events_append_only;`);
    await sql.close();
  }

  it('finds every link intact and writes a signed digest of the heads', async () => {
    const first = await verify('--out', join(work, 'before.json'));
    expect(first.code).toBe(0);
    // Intake's log holds its 3 cases and no copy of referrals' example directory: it consumes only acknowledgements.
    expect(first.out).toMatch(/intake: \d+ events in 3 streams, every link intact/);
    expect(first.out).toMatch(/monitoring: \d+ events in \d+ streams, every link intact/);
    const digest = JSON.parse(readFileSync(join(work, 'before.json'), 'utf8')) as { services: Array<{ service: string; heads: Array<{ streamId: string }> }>; signature: string };
    expect(digest.services.find((s) => s.service === 'intake')?.heads.filter((h) => h.streamId.startsWith('case-'))).toHaveLength(3);
    expect(digest.signature).toEqual(expect.any(String));
  }, 60_000);

  it('names the stream and version of an event changed in place, and exits 1', async () => {
    await tamper(`UPDATE intake.events SET data = jsonb_set(data, '{registeredBy}', '"someone-else"') WHERE stream_version = 1 AND stream_id = (SELECT min(stream_id) FROM intake.events)`);
    const { code, out } = await verify('intake');
    expect(code).toBe(1);
    expect(out).toMatch(/intake: \d+ events in \d+ streams, 1 broken:\n\s+case-[0-9a-f-]+ at version 1: altered/);
  }, 60_000);

  it('against the earlier digest, catches a stream whose last event was removed; a changed digest is refused', async () => {
    await tamper(`DELETE FROM intake.events WHERE global_position = (SELECT max(global_position) FROM intake.events)`);
    const { code, out } = await verify('intake', '--against', join(work, 'before.json'));
    expect(code).toBe(1);
    expect(out).toContain('signature valid');
    expect(out).toMatch(/truncated: the stream ends at version \d+; the digest holds it at \d+/);

    const forged = JSON.parse(readFileSync(join(work, 'before.json'), 'utf8')) as { services: Array<{ heads: Array<{ version: number }> }> };
    forged.services[0].heads[0].version -= 1;
    writeFileSync(join(work, 'forged.json'), JSON.stringify(forged));
    const refused = await verify('--against', join(work, 'forged.json'));
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('changed after it was signed');
  }, 60_000);
});
