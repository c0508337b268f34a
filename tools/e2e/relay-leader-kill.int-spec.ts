import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { isInboxStream, pgExecutor, PostgresEventStore, topicOf, type SqlExecutor } from '@homeward/events';
import { requireEnv } from '@homeward/events/testing';
import type { RunningService } from '@homeward/platform';
import { monitoringService } from '../../apps/monitoring/src/monitoring.module';
import { eventually, startTestService } from '../testing/test-services';
import { TEST_ISSUER, TEST_SECRET, tokenFor } from '../testing/test-auth';
import { anotherReturnee, listCases } from './registration-slice.scenario';
import { freePort } from '../testing/free-port';

const repo = resolve(__dirname, '../..');

/**
 * Two intake processes share one schema and so one outbox: one of them relays, under a lease.
 * The test counts what reaches the topic while both run (each event once), then kills the relaying
 * process with SIGKILL mid-burst (no clean hand-over) and checks the other takes over: every
 * committed event reaches the topic and monitoring lists every case once.
 */
describe('One relay per service: two intake instances, the leader killed mid-burst (real PostgreSQL, Kafka, FerretDB)', () => {
  requireEnv('HOMEWARD_PG_URL');
  requireEnv('HOMEWARD_KAFKA_BROKERS');
  requireEnv('HOMEWARD_MONGO_URL');
  const namespace = `t${randomBytes(4).toString('hex')}`;
  const schema = `intake_${namespace}`;
  const instances: Array<{ child: ChildProcess; url: string; alive: boolean }> = [];
  const onTopic: string[] = [];
  let sql: SqlExecutor;
  let monitoring: RunningService;
  let consumer: ReturnType<Kafka['consumer']>;

  beforeAll(async () => {
    sql = await pgExecutor(process.env.HOMEWARD_PG_URL!);
    for (let i = 0; i < 2; i++) instances.push(await startIntakeProcess(namespace));
    monitoring = await startTestService('monitoring', monitoringService, { mode: 'distributed', namespace });
    const kafka = new Kafka({ brokers: process.env.HOMEWARD_KAFKA_BROKERS!.split(','), clientId: 'leader-kill-test', logLevel: logLevel.NOTHING });
    consumer = kafka.consumer({ groupId: `${namespace}-counter` });
    await consumer.connect();
    await consumer.subscribe({ topic: `${namespace}.${topicOf('intake')}`, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void onTopic.push(message.headers!['event-id']!.toString()) });
  }, 120000);
  afterAll(async () => {
    await consumer?.disconnect();
    await monitoring?.close();
    for (const i of instances) i.child.kill('SIGKILL');
    await sql?.close();
  });

  const committed = async () => {
    const store = await PostgresEventStore.open(sql, schema);
    return (await store.readAll({ after: 0, maxCount: 100000 })).filter((e) => !isInboxStream(e.streamId));
  };
  const leaderPid = async () => {
    const { rows } = await sql.query<{ holder: string }>(`SELECT holder FROM ${schema}.leases WHERE name = 'outbox-relay'`);
    return Number(rows[0].holder.split('-').at(-2));
  };
  const register = async (prefer: number): Promise<void> => {
    const alive = instances.filter((i) => i.alive);
    for (const instance of [alive[prefer % alive.length], ...alive]) {
      const res = await fetch(`${instance.url}/returnees`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await tokenFor()}`, 'content-type': 'application/json' },
        body: JSON.stringify(anotherReturnee()),
      }).catch(() => undefined); // the instance was killed with the request in flight: the other one takes it
      if (res?.status === 201) return;
      if (res) throw new Error(`POST /returnees answered ${res.status}: ${await res.text()}`);
    }
  };

  it('puts each event on the topic once while both instances write', async () => {
    for (let i = 0; i < 20; i++) await register(i);
    const events = await committed();
    expect(events).toHaveLength(40);
    await eventually(async () => onTopic.length, (n) => n >= 40, 30000);
    await new Promise((r) => setTimeout(r, 2000)); // a second relay would have published its copies by now
    expect(onTopic).toHaveLength(40);
    expect(new Set(onTopic)).toEqual(new Set(events.map((e) => e.eventId)));
  }, 120000);

  it('loses nothing and lists no case twice when the relaying instance is killed mid-burst', async () => {
    const pid = await leaderPid();
    const leader = instances.find((i) => i.child.pid === pid)!;
    expect(leader).toBeDefined();
    const burst: Promise<void>[] = [];
    for (let i = 0; i < 40; i++) {
      burst.push(register(i));
      if (i === 10) {
        leader.child.kill('SIGKILL');
        leader.alive = false;
      }
      if (i % 4 === 3) await Promise.all(burst.splice(0));
    }
    await Promise.all(burst);
    const killedAt = Date.now();
    const events = await committed();
    expect(events.length).toBeGreaterThanOrEqual(40 + 2 * 40);
    const ids = events.map((e) => e.eventId);
    const seen = await eventually(async () => new Set(onTopic), (s) => ids.every((id) => s.has(id)), 60000);
    expect(ids.filter((id) => !seen.has(id))).toEqual([]);
    console.log(`[leader-kill] every committed event on the topic ${Date.now() - killedAt} ms after the burst; ${onTopic.length - new Set(onTopic).size} published twice around the take-over`);
    expect(await leaderPid()).not.toBe(pid);
    const caseIds = events.filter((e) => e.type === 'intake.CaseOpened').map((e) => e.streamId.replace(/^case-/, ''));
    const listed = await eventually(() => listCases(monitoring), (l) => l.length >= caseIds.length, 60000);
    expect(listed.map((c) => c.caseId).sort()).toEqual([...caseIds].sort());
  }, 180000);
});

async function startIntakeProcess(namespace: string): Promise<{ child: ChildProcess; url: string; alive: boolean }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/intake/src/main.ts'], {
    cwd: repo,
    env: {
      ...process.env,
      HOMEWARD_MODE: 'distributed',
      HOMEWARD_NAMESPACE: namespace,
      HOMEWARD_TOPIC_PREFIX: `${namespace}.`,
      HOMEWARD_INTAKE_PORT: String(port),
      HOMEWARD_JWT_SECRET: TEST_SECRET,
      HOMEWARD_JWT_ISSUER: TEST_ISSUER,
      HOMEWARD_LEASE_TERM: '3s',
      HOMEWARD_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const up = await eventually(
    () => fetch(`${url}/health`).then((r) => r.status, () => 0),
    (status) => status === 200,
    60000,
  );
  if (up !== 200) throw new Error(`intake on port ${port} did not start`);
  return { child, url, alive: true };
}
