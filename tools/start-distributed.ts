import { spawn, type ChildProcess } from 'node:child_process';
import { SERVICES } from './services';

/**
 * Distributed mode on one machine: each service in its own process against Kafka,
 * PostgreSQL and the MongoDB-wire server (infra/start.sh, then `source infra/env.sh`).
 * INSTANCES=monitoring:2 runs a second monitoring instance on the next port; both
 * join one consumer group and split the topic's partitions.
 */
const extra = new Map((process.env.INSTANCES ?? '').split(',').filter(Boolean).map((s) => s.split(':') as [string, string]));
const children: ChildProcess[] = [];

for (const { name: service, port: firstPort } of SERVICES) {
  const count = Number(extra.get(service) ?? 1);
  for (let i = 0; i < count; i++) {
    const port = firstPort + i * 10;
    const child = spawn(process.execPath, ['-r', '@swc-node/register', `apps/${service}/src/main.ts`], {
      env: { ...process.env, HOMEWARD_MODE: 'distributed', [`HOMEWARD_${service.toUpperCase()}_PORT`]: String(port) },
      stdio: 'inherit',
    });
    child.on('exit', (code) => {
      if (code) console.error(`${service} (port ${port}) exited with ${code}`);
    });
    children.push(child);
  }
}

const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
