import { readdirSync, readFileSync } from 'node:fs';

/**
 * Resident memory of a process and everything it started, from /proc (Linux): what `npm start`
 * costs the machine, whichever process of the tree holds it. The peak is each process's high-water
 * mark (VmHWM), summed: an upper bound on the tree's peak.
 */
export interface TreeMemory {
  rssMiB: number;
  peakMiB: number;
  processes: number;
}

export function treeMemory(rootPid: number): TreeMemory {
  const pids = [rootPid, ...descendants(rootPid)];
  let rssKiB = 0;
  let peakKiB = 0;
  let processes = 0;
  for (const pid of pids) {
    const status = read(`/proc/${pid}/status`);
    if (!status) continue;
    processes++;
    rssKiB += kib(status, 'VmRSS');
    peakKiB += kib(status, 'VmHWM');
  }
  return { rssMiB: rssKiB / 1024, peakMiB: peakKiB / 1024, processes };
}

function descendants(rootPid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    // The command name may hold spaces and parentheses: the parent pid follows the last ')'.
    const stat = read(`/proc/${entry}/stat`);
    if (stat) parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
  }
  const found: number[] = [];
  const queue = [rootPid];
  while (queue.length) {
    const parent = queue.shift()!;
    for (const [pid, ppid] of parentOf) if (ppid === parent) found.push(pid), queue.push(pid);
  }
  return found;
}

function kib(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) : 0;
}

function read(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    // The process ended meanwhile.
    return null;
  }
}
