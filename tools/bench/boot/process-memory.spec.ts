import { spawn } from 'node:child_process';
import { treeMemory } from './process-memory';

describe('Resident memory of a process tree', () => {
  it('counts the children a process started, whose memory adds to its own', async () => {
    const alone = treeMemory(process.pid);
    // A child that holds 64 MB resident until it is told to stop.
    const child = spawn(process.execPath, ['-e', "const b = Buffer.alloc(64 * 2 ** 20, 1); process.stdout.write('ready'); setInterval(() => b[0]++, 1000)"], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise((resolve) => child.stdout!.once('data', resolve));
    try {
      const withChild = treeMemory(process.pid);
      expect(withChild.processes).toBe(alone.processes + 1);
      // The child's own 64 MB, and the tree at least as much as the child and the parent as they are now:
      // the parent's resident size moves by hundreds of MB under a full run (its GC), so no before/after difference.
      const childAlone = treeMemory(child.pid!);
      expect(childAlone.rssMiB).toBeGreaterThan(64);
      expect(withChild.rssMiB).toBeGreaterThanOrEqual(childAlone.rssMiB);
      expect(withChild.peakMiB).toBeGreaterThanOrEqual(withChild.rssMiB);
    } finally {
      child.kill();
    }
  });

  it('is nothing for a process that is gone', () => {
    expect(treeMemory(2 ** 22 + 7)).toEqual({ rssMiB: 0, peakMiB: 0, processes: 0 });
  });
});
