import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { pgExecutor, type SqlExecutor } from '@homeward/events';
import { requireEnv } from '@homeward/events/testing';
import { eventually } from '../testing/test-services';
import { TEST_ISSUER, TEST_SECRET } from '../testing/test-auth';
import { freePort } from '../testing/free-port';

const repo = resolve(__dirname, '../..');

/**
 * An orchestrator stops an instance with SIGTERM. The instance must then give up what it holds
 * for the others (its leases and its consumer-group membership) before it exits: otherwise the
 * next instance waits out a whole lease term to relay or project, and the group keeps the
 * partitions of a member that is gone until its session times out. Long terms here (30 s lease,
 * 30 s session) make the difference plain.
 */
describe('A service process stopped with SIGTERM lets go of its leases and its consumer group (real PostgreSQL, Kafka)', () => {
  requireEnv('HOMEWARD_PG_URL');
  requireEnv('HOMEWARD_KAFKA_BROKERS');
  const namespace = `t${randomBytes(4).toString('hex')}`;
  const schema = `monitoring_${namespace}`;
  const group = `homeward-monitoring_${namespace}`;
  let sql: SqlExecutor;
  let admin: Admin;
  let child: ChildProcess;

  beforeAll(async () => {
    sql = await pgExecutor(process.env.HOMEWARD_PG_URL!);
    admin = new Kafka({ brokers: process.env.HOMEWARD_KAFKA_BROKERS!.split(','), clientId: 'sigterm-test', logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    for (const s of [schema, `${schema}_read_models`]) await sql?.exec(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await sql?.close();
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(`${namespace}.`));
    await admin.deleteTopics({ topics }).catch(() => undefined);
    await admin.deleteGroups([group]).catch(() => undefined);
    await admin?.disconnect();
  });

  const heldLeases = async () =>
    (await sql.query<{ name: string }>(`SELECT name FROM ${schema}.leases WHERE expires_at > clock_timestamp() ORDER BY name`)).rows.map((r) => r.name);
  const members = async () => (await admin.describeGroups([group])).groups[0].members.length;

  it('exits 0 having released its leases and left its group', async () => {
    const port = await freePort();
    child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/monitoring/src/main.ts'], {
      cwd: repo,
      env: {
        ...process.env,
        HOMEWARD_MODE: 'distributed',
        HOMEWARD_NAMESPACE: namespace,
        HOMEWARD_TOPIC_PREFIX: `${namespace}.`,
        HOMEWARD_READ_MODELS: 'postgres',
        HOMEWARD_MONITORING_PORT: String(port),
        HOMEWARD_JWT_SECRET: TEST_SECRET,
        HOMEWARD_JWT_ISSUER: TEST_ISSUER,
        HOMEWARD_LEASE_TERM: '30s',
        HOMEWARD_LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const exited = new Promise<{ code: number | null; signal: string | null }>((ok) => child.once('exit', (code, signal) => ok({ code, signal })));
    const up = await eventually(() => fetch(`http://127.0.0.1:${port}/health/ready`).then((r) => r.status, () => 0), (s) => s === 200, 90000);
    expect(up).toBe(200);
    // Monitoring relays its log, projects it, and reacts to planning's topic (one lease each).
    expect(await heldLeases()).toEqual(['outbox-relay', 'projections', 'reactions']);
    expect(await members()).toBe(1);

    child.kill('SIGTERM');
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(await heldLeases()).toEqual([]);
    expect(await members()).toBe(0);
  }, 120000);
});
