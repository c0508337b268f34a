import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
/** Written last by the seeder: a directory without it was not seeded to the end. */
export const SEEDED_MARK = 'seeded.json';

/**
 * A data directory holding `cases` registered cases, made once per bench run under its temporary
 * area. With BENCH_BOOT_CACHE=<dir> it is kept there between runs, under a key made of the case
 * count and the content of every source file and the lockfile: any change to what writes or reads
 * the data seeds afresh.
 */
export async function seededDirectory(workDir: string, cases: number, cacheDir: string, log: (line: string) => void): Promise<string> {
  const cacheRoot = process.env.BENCH_BOOT_CACHE;
  const home = cacheRoot ? path.resolve(cacheRoot, `seeded-${cases}-${sourceKey()}`) : path.join(workDir, `seeded-${cases}`);
  if (existsSync(path.join(home, SEEDED_MARK))) {
    log(`[bench] boot: seeded directory found in the cache (${home})`);
    return home;
  }
  const partial = `${home}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  log(`[bench] boot: seeding ${cases} cases into ${partial}`);
  await seed(partial, cases, cacheDir);
  rmSync(home, { recursive: true, force: true });
  renameSync(partial, home);
  return home;
}

/** A copy for one start: each start meets the directory exactly as seeding left it. */
export function copyOf(seeded: string, target: string): string {
  cpSync(seeded, target, { recursive: true });
  return target;
}

function seed(dataDir: string, cases: number, cacheDir: string): Promise<void> {
  const ports = Object.fromEntries(['INTAKE', 'PLANNING', 'REFERRALS', 'MONITORING'].map((s) => [`HOMEWARD_${s}_PORT`, '0']));
  const env = { ...process.env, ...ports, HOMEWARD_LOG_FORMAT: 'json', HOMEWARD_LOG_LEVEL: 'warn', HOMEWARD_MODE: 'embedded', HOMEWARD_DATA_DIR: dataDir, HOMEWARD_CACHE: cacheDir };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, 'seed-cases.ts'), dataDir, String(cases)], { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seeding ${cases} cases failed (exit ${code})`))));
  });
}

function sourceKey(): string {
  const hash = createHash('sha256');
  const files = ['package-lock.json', ...['apps', 'libs', 'tools'].flatMap((d) => sources(path.join(ROOT, d)))].sort();
  for (const file of files) hash.update(file).update(readFileSync(path.resolve(ROOT, file)));
  return hash.digest('hex').slice(0, 16);
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (entry === 'node_modules') return [];
    if (statSync(full).isDirectory()) return sources(full);
    return /\.(ts|json|sql)$/.test(entry) ? [path.relative(ROOT, full)] : [];
  });
}
