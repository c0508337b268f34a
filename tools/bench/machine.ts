import { readFileSync } from 'node:fs';
import os from 'node:os';
import { withAdmin } from './infra';

/** The machine itself: what every figure of the bench depends on. */
export interface HostInfo {
  cpu: string;
  cores: number;
  ramGiB: number;
  os: string;
  node: string;
}

export interface MachineInfo extends HostInfo {
  postgres: string;
  settings: Record<string, string>;
}

/** Server settings that move append and read figures the most; reported, never changed. */
const PG_SETTINGS = ['synchronous_commit', 'fsync', 'wal_sync_method', 'full_page_writes', 'shared_buffers', 'max_wal_size', 'checkpoint_timeout'];

export async function machineInfo(url: string): Promise<MachineInfo> {
  const { postgres, settings } = await withAdmin(url, async (c) => {
    const version = (await c.query<{ version: string }>('SELECT version()')).rows[0].version;
    const byName: Record<string, string> = {};
    // SHOW gives the value with its unit (128MB rather than 16384 pages).
    for (const name of PG_SETTINGS) byName[name] = (await c.query<Record<string, string>>(`SHOW ${name}`)).rows[0][name];
    return { postgres: version, settings: byName };
  });
  return { ...hostInfo(), postgres, settings };
}

export function hostInfo(): HostInfo {
  return {
    cpu: cpuModel(),
    cores: os.cpus().length,
    ramGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${osName()} (kernel ${os.release()})`,
    node: process.version,
  };
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    if (line) return line.split(':')[1].trim();
  } catch {
    // Not Linux: fall through to what Node reports.
  }
  return os.cpus()[0]?.model ?? 'unknown';
}

function osName(): string {
  try {
    const line = readFileSync('/etc/os-release', 'utf8').split('\n').find((l) => l.startsWith('PRETTY_NAME='));
    if (line) return line.slice('PRETTY_NAME='.length).replace(/^"|"$/g, '');
  } catch {
    // Fall through.
  }
  return `${os.type()} ${os.release()}`;
}
