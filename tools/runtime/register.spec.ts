import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

/** Runs a TypeScript file the way `npm start` does, with a cache of its own. */
function run(file: string, cache: string): string {
  return execFileSync(process.execPath, ['-r', './tools/runtime/register.js', file], { cwd: ROOT, env: { ...process.env, HOMEWARD_TS_CACHE: cache }, encoding: 'utf8' });
}

const cachedFiles = (cache: string) => readdirSync(cache, { recursive: true }).filter((f) => String(f).endsWith('.js')).length;

describe('The loader npm start runs the TypeScript with', () => {
  const dir = mkdtempSync(join(ROOT, 'tools', 'runtime', '.register-spec-'));
  const cache = join(dir, 'cache');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'probe.ts');
  // Its version is read for the cache key; its code and native binding are what a warm start avoids.
  const swcLoaded = "Object.keys(require.cache).some((k) => /@swc[/]core[/]index[.]js$/.test(k))";

  it('compiles a file once, then runs it from the cache without loading swc', () => {
    writeFileSync(file, `import { caseStreamId } from '@homeward/events';\nconst id: string = caseStreamId('c-1');\nconsole.log(JSON.stringify({ id, swc: ${swcLoaded} }));\n`);
    expect(JSON.parse(run(file, cache))).toEqual({ id: 'case-c-1', swc: true });
    const compiled = cachedFiles(cache);
    expect(compiled).toBeGreaterThan(1);
    expect(JSON.parse(run(file, cache))).toEqual({ id: 'case-c-1', swc: false });
    expect(cachedFiles(cache)).toBe(compiled);
  });

  it('compiles a file again when it changed', () => {
    writeFileSync(file, `const answer: number = 41 + 1;\nconsole.log(JSON.stringify({ answer, swc: ${swcLoaded} }));\n`);
    expect(JSON.parse(run(file, cache))).toEqual({ answer: 42, swc: true });
  });

  it('names the TypeScript line in a stack trace', () => {
    writeFileSync(file, `interface Unused { a: number }\n\n\nconsole.log(new Error('here').stack!.split('\\n')[1]);\n`);
    expect(run(file, cache)).toContain(`probe.ts:4:`);
  });
});
