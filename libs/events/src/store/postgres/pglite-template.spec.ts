import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pgliteExecutor } from './drivers';
import { fromTemplate } from './pglite-template';

describe('A new embedded database starts as a copy of an empty cluster kept in the cache', () => {
  const root = mkdtempSync(join(tmpdir(), 'homeward-pglite-template-'));
  const cache = join(root, 'cache');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('makes the empty cluster once, then gives each new directory a copy of it that opens and keeps what is written', async () => {
    const first = await pgliteExecutor(join(root, 'a'), { templates: cache });
    await first.exec('CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)');
    await first.close();
    const templates = readdirSync(cache);
    expect(templates).toHaveLength(1);
    expect(existsSync(join(cache, templates[0], 'PG_VERSION'))).toBe(true);

    const second = await pgliteExecutor(join(root, 'b'), { templates: cache });
    // A copy of the empty cluster, not of another database.
    await expect(second.query('SELECT * FROM kept')).rejects.toThrow(/does not exist/);
    await second.close();
    expect(readdirSync(cache)).toEqual(templates);

    const reopened = await pgliteExecutor(join(root, 'a'), { templates: cache });
    expect((await reopened.query<{ n: number }>('SELECT n FROM kept')).rows).toEqual([{ n: 42 }]);
    await reopened.close();
  }, 120_000);

  it('leaves a directory that holds something other than a cluster for PGlite to judge', async () => {
    const odd = join(root, 'odd');
    mkdirSync(odd);
    writeFileSync(join(odd, 'notes.txt'), 'not a database');
    await fromTemplate(odd, cache, ['shared_buffers = 16MB']);
    expect(readdirSync(odd)).toEqual(['notes.txt']);
  });
});
