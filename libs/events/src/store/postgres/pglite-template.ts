import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A new embedded database starts as a copy of an empty one made once per machine (per PGlite version
 * and settings) and kept in a cache directory. PGlite's initdb takes seconds and grows the WASM heap of
 * the process that runs it to about 800 MB, which it never gives back; copying a stopped, freshly
 * initialised cluster is what `initdb` would have written, in a fraction of a second. The template
 * itself is made in a child process, so that heap dies with it.
 */
export async function fromTemplate(dataDir: string, cacheDir: string, settings: string[]): Promise<void> {
  if (existsSync(join(dataDir, 'PG_VERSION'))) return;
  // A directory holding something else than a cluster is left to PGlite to judge.
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) return;
  const template = join(cacheDir, `pglite-${pgliteVersion()}-${createHash('sha256').update(settings.join('\n')).digest('hex').slice(0, 12)}`);
  if (!existsSync(join(template, 'PG_VERSION'))) await makeTemplate(template, settings);
  cpSync(template, dataDir, { recursive: true });
}

async function makeTemplate(template: string, settings: string[]): Promise<void> {
  const partial = `${template}.partial-${process.pid}-${randomBytes(3).toString('hex')}`;
  mkdirSync(partial, { recursive: true });
  const script = `require(${JSON.stringify(pgliteEntry())}).PGlite.create(process.argv[1], { postgresqlconf: JSON.parse(process.argv[2]) })
    .then((db) => db.close()).then(() => process.exit(0), (e) => { console.error(e); process.exit(1); })`;
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ['-e', script, partial, JSON.stringify(settings)], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`PGlite initdb of a template cluster failed (exit ${code}): ${stderr.slice(-1000)}`))));
    });
    try {
      renameSync(partial, template);
    } catch (error) {
      // Another process made it meanwhile (a rename is all or nothing): theirs is as good as ours.
      if (!existsSync(join(template, 'PG_VERSION'))) throw error;
    }
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
}

function pgliteEntry(): string {
  return require.resolve('@electric-sql/pglite');
}

function pgliteVersion(): string {
  // The entry is <package>/dist/index.cjs.
  return (JSON.parse(readFileSync(join(dirname(pgliteEntry()), '..', 'package.json'), 'utf8')) as { version: string }).version;
}
