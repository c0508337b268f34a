import { readdirSync, readFileSync } from 'node:fs';

/** CPU time in ns, and time spent runnable but waiting for a core (the run queue), from the kernel's scheduler. */
export interface CpuTime {
  runNs: number;
  waitNs: number;
}

/** What one contender's slices used: its server backends, this process, and how busy the whole machine was. */
export interface CpuUse {
  server: CpuTime;
  client: CpuTime;
  /** Jiffies of the whole machine (every process, other work included), busy and in all. */
  machineBusy: number;
  machineTotal: number;
  /** False when a backend could not be read (a server on another machine): server figures are then unknown. */
  serverKnown: boolean;
}

export const noCpuUse = (): CpuUse => ({ server: { runNs: 0, waitNs: 0 }, client: { runNs: 0, waitNs: 0 }, machineBusy: 0, machineTotal: 0, serverKnown: true });

/** `/proc/<pid>/schedstat`: on-CPU ns, run-queue ns, timeslices. Null where there is no such file. */
export function schedstatOf(path: string): CpuTime | null {
  try {
    const [run, wait] = readFileSync(path, 'utf8').trim().split(/\s+/).map(Number);
    return Number.isFinite(run) && Number.isFinite(wait) ? { runNs: run, waitNs: wait } : null;
  } catch {
    return null;
  }
}

/** A backend only counts if the pid is a PostgreSQL process on this machine, not a local process that happens to share a remote pid. */
function backendTime(pid: number): CpuTime | null {
  try {
    if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith('postgres')) return null;
  } catch {
    return null;
  }
  return schedstatOf(`/proc/${pid}/schedstat`);
}

/** Every thread of this process (the event loop, libuv's pool, the GC's helpers). */
function clientTime(): CpuTime | null {
  try {
    return readdirSync('/proc/self/task').reduce<CpuTime>(
      (sum, task) => {
        const t = schedstatOf(`/proc/self/task/${task}/schedstat`);
        return t ? { runNs: sum.runNs + t.runNs, waitNs: sum.waitNs + t.waitNs } : sum;
      },
      { runNs: 0, waitNs: 0 },
    );
  } catch {
    return null;
  }
}

/** The first line of /proc/stat: user nice system idle iowait irq softirq steal … */
function machineJiffies(): { busy: number; total: number } | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number);
    const total = fields.reduce((n, v) => n + v, 0);
    return { busy: total - fields[3] - fields[4], total };
  } catch {
    return null;
  }
}

interface Reading {
  backends: Map<number, CpuTime | null>;
  client: CpuTime | null;
  machine: { busy: number; total: number } | null;
}

function read(pids: number[]): Reading {
  return { backends: new Map(pids.map((p) => [p, backendTime(p)])), client: clientTime(), machine: machineJiffies() };
}

/** Starts measuring the backends `pids` and this process; the returned stop adds what they used meanwhile to `into`. */
export function measureCpu(pids: number[], into: CpuUse): () => void {
  const before = read(pids);
  return () => {
    const after = read(pids);
    for (const [pid, b] of before.backends) {
      const a = after.backends.get(pid);
      if (!a || !b) into.serverKnown = false;
      else add(into.server, a, b);
    }
    if (after.client && before.client) add(into.client, after.client, before.client);
    if (after.machine && before.machine) {
      into.machineBusy += after.machine.busy - before.machine.busy;
      into.machineTotal += after.machine.total - before.machine.total;
    }
  };
}

function add(into: CpuTime, after: CpuTime, before: CpuTime): void {
  into.runNs += after.runNs - before.runNs;
  into.waitNs += after.waitNs - before.waitNs;
}
