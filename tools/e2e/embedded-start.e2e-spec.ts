import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { coldStart } from '../bench/boot/cold-start';
import { seededDirectory } from '../bench/boot/seeded-directory';

/**
 * `npm start` as a user runs it (the command of package.json, in its own process): on an empty data
 * directory, and again on one where cases were registered, whose read models it serves at once.
 * How fast and how small is the bench's business (npm run bench -- boot); this holds that it works.
 */
describe('npm start', () => {
  const work = mkdtempSync(join(tmpdir(), 'homeward-embedded-start-'));
  const cache = join(work, 'cache');
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('starts on an empty data directory: every service ready, the case lists answer and are empty', async () => {
    const started = await coldStart(join(work, 'empty'), 0, cache);
    expect(started.casesListed).toBe(0);
    expect(started.afterReads.processes).toBeGreaterThanOrEqual(1);
  }, 120_000);

  it('starts where it stopped: the cases registered before are listed at the first read', async () => {
    const seeded = await seededDirectory(work, 20, cache, () => {});
    const started = await coldStart(seeded, 20, cache);
    expect(started.casesListed).toBe(20);
  }, 180_000);
});
