import { randomBytes } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { MongoReadModelStore, pgExecutor, PostgresReadModelStore, topicOf, type ReadModelStore, type SqlExecutor } from '@homeward/events';
import { signDevToken } from '../../../libs/platform/src/auth/jwt';
import { CaseListWatch } from './case-list-watch';
import { cleanUp, type RunFootprint } from './clean-up';
import { cpuSecondsOf, machineCpu } from './cpu-time';
import type { EndToEndConfig, ReadModelChoice } from './e2e-config';
import { latencyOf, type Latency } from './latency';
import { eventLoopLag } from './event-loop-lag';
import { appendedCases, importedEvents, leaseHolderPid, transactionsOf } from './recorded-times';
import { ProbeProcess } from './probe-process';
import { offerRegistrations, type Registration } from './registration-load';
import { BENCH_COUNTRIES, benchReturnee, letters } from './returnees';
import { startServiceProcess, type ServiceProcess } from './service-process';
import { endToEndOf, stagesOf } from './stages';
import { TopicWatch } from './topic-watch';
import { verdictOf, type Stage, type Verdict } from './verdict';

export interface Servers {
  pgUrl: string;
  brokers: string[];
  mongoUrl?: string;
}

/** Everything one run measured: one row of each table of the section. */
export interface EndToEndRun {
  readModels: ReadModelChoice;
  namespace: string;
  /** Registrations in the measured window: sent, answered 201, and the first failure if any. */
  offered: number;
  registered: number;
  failures: { count: number; first?: string };
  /** The most a registration left behind its schedule (the generator bound or this process busy). */
  maxLateMs: number;
  http: Latency;
  endToEnd: Latency;
  unseen: number;
  kafkajs: Latency;
  kafkajsLost: number;
  kafkajsRepeats: number;
  stages: Stage[];
  verdict: Verdict;
  /** `GET /cases` total at the end against the registrations answered 201 (warm-up included): one whose answer timed out may still have been made. */
  caseList: { total: number | null; expected: number };
  /** Repeated copies of intake.CaseOpened on the topic (a relay take-over publishes some twice). */
  repeats: number;
  /** Over the load (warm-up included): the machine's busy share of all cores, and each process of the run in cores. */
  cpu: { machineBusyPct: number | null; cores: Array<{ label: string; cores: number | null }> };
  stops: Array<{ label: string; code: number | null; signal: string | null; ms: number; killed: boolean }>;
  /** This process's event-loop delay over the load, ms: when it is large, the bench itself was late to send, read and look. */
  benchLoopDelay: { p99: number; max: number };
  /** Each service's event-loop lag over the load, from its /metrics; and which intake relayed at the end. */
  serviceLag: Array<{ label: string; p99Ms: number; maxMs: number } | { label: string; p99Ms: null; maxMs: null }>;
  relaying: string | null;
  /** How the events travelled together: the relay's sends to the topic, the inbox's import transactions. */
  batching: { topicMessages: number; relaySends: number; imported: number; importTransactions: number };
}

/**
 * One run: two intake instances and one monitoring instance, each in its own process against the
 * servers from infra/, under a namespace and topic prefix of their own; registrations offered at the
 * configured rate, alternating between the two intakes; the bare kafkajs probe alongside; then the
 * stages read back from the databases and the topic, the processes stopped with SIGTERM, and every
 * trace of the run dropped.
 */
export async function runEndToEnd(cfg: EndToEndConfig, readModels: ReadModelChoice, servers: Servers, log: (line: string) => void): Promise<EndToEndRun> {
  const namespace = `e2e${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const secret = randomBytes(32).toString('hex');
  const footprint: RunFootprint = {
    pgUrl: servers.pgUrl,
    schemas: ['intake', 'monitoring'].flatMap((s) => [`${s}_${namespace}`, `${s}_${namespace}_read_models`]),
    mongo: readModels === 'mongo' ? { url: servers.mongoUrl!, databases: [`homeward_intake_${namespace}`, `homeward_monitoring_${namespace}`] } : undefined,
    brokers: servers.brokers,
    namespace,
  };
  const env = {
    HOMEWARD_NAMESPACE: namespace,
    HOMEWARD_TOPIC_PREFIX: `${namespace}.`,
    HOMEWARD_READ_MODELS: readModels,
    HOMEWARD_JWT_SECRET: secret,
    HOMEWARD_JWT_ISSUER: 'homeward',
    HOMEWARD_LOG_LEVEL: 'warn',
    HOMEWARD_LOG_FORMAT: 'json',
  };
  const processes: ServiceProcess[] = [];
  let sql: SqlExecutor | undefined;
  let watchStore: ReadModelStore | undefined;
  let watch: CaseListWatch | undefined;
  let probe: ProbeProcess | undefined;
  let topicWatch: TopicWatch | undefined;
  const stops: EndToEndRun['stops'] = [];
  try {
    log(`[bench] end-to-end (${readModels}): ${namespace}, starting intake ×2 and monitoring`);
    processes.push(
      ...(await Promise.all([
        startServiceProcess('intake', 'intake-1', env, log),
        startServiceProcess('intake', 'intake-2', env, log),
        startServiceProcess('monitoring', 'monitoring', env, log),
      ])),
    );
    const [intake1, intake2, monitoring] = processes;
    sql = await pgExecutor(servers.pgUrl, 2);
    watchStore =
      readModels === 'mongo'
        ? await MongoReadModelStore.connect(servers.mongoUrl!, { dbName: `homeward_monitoring_${namespace}` })
        : await PostgresReadModelStore.open(sql, `monitoring_${namespace}_read_models`);
    watch = new CaseListWatch(watchStore, cfg.pollMs);
    probe = await ProbeProcess.open({
      brokers: servers.brokers,
      topic: `${namespace}.bench.kafkajs-probe`,
      groupId: `${namespace}-bench-probe`,
      rate: cfg.rate,
      warmupSeconds: cfg.warmupSeconds,
      seconds: cfg.seconds,
    });
    topicWatch = await TopicWatch.open(servers.brokers, `${namespace}.${topicOf('intake')}`, `${namespace}-bench-watch`);
    const token = await signDevToken(secret, 'homeward', { userId: 'cm-bench', role: 'case_manager', countries: BENCH_COUNTRIES });
    const runTag = letters(parseInt(randomBytes(3).toString('hex'), 16));
    const today = new Date();

    log(`[bench] end-to-end (${readModels}): ${cfg.rate}/s for ${cfg.warmupSeconds} s of warm-up, then ${cfg.seconds} s measured`);
    const answeredAt = new Map<string, number>();
    watch.start();
    await Promise.all(processes.map((p) => eventLoopLag(p.url)));
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    const cpuBefore = { machine: machineCpu(), procs: [...processes.map((p) => p.pid), process.pid, probe.pid].map(cpuSecondsOf), at: performance.now() };
    probe.begin();
    const registrations = await offerRegistrations({
      urls: [intake1.url, intake2.url],
      rate: cfg.rate,
      warmupSeconds: cfg.warmupSeconds,
      seconds: cfg.seconds,
      maxInFlight: cfg.maxInFlight,
      token,
      body: (k) => benchReturnee(runTag, k, today),
      onAnswer: (r) => {
        if (!r.caseId) return;
        answeredAt.set(r.caseId, r.answeredAt);
        watch!.expect(r.caseId);
      },
    });
    loopDelay.disable();
    const serviceLag = await Promise.all(processes.map(async (p) => ({ label: p.label, ...((await eventLoopLag(p.url)) ?? { p99Ms: null, maxMs: null }) })));
    const cpu = cpuOver(cpuBefore, [...processes.map((p) => p.label), 'bench (load, watches)', 'kafkajs probe'], [...processes.map((p) => p.pid), process.pid, probe.pid]);
    log(`[bench] end-to-end (${readModels}): load done; waiting up to ${cfg.drainSeconds} s for the cases still on their way`);
    await watch.drained(Date.now() + cfg.drainSeconds * 1000);
    await watch.stop();
    const kafkajs = await probe.result();

    const measured = registrations.filter((r) => r.measured);
    const ok = measured.filter((r): r is Registration & { caseId: string } => r.caseId !== undefined);
    const failed = measured.filter((r) => !r.caseId);
    const seen = ok.map((r) => ({ caseId: r.caseId, answeredAt: r.answeredAt, seenAt: watch!.seenAt.get(r.caseId) }));
    const e2e = endToEndOf(seen);
    const stages = stagesOf(seen, {
      appended: await appendedCases(sql, `intake_${namespace}`),
      published: topicWatch.published,
      watched: topicWatch.received,
      imported: await importedEvents(sql, `monitoring_${namespace}`),
    });
    const batching = { topicMessages: topicWatch.messages, relaySends: topicWatch.sendTimes.size, ...(await transactionsOf(sql, `monitoring_${namespace}`)) };
    const caseListTotal = await totalListed(monitoring.url, secret);
    const relayPid = await leaseHolderPid(sql, `intake_${namespace}`, 'outbox-relay');
    const relaying = [intake1, intake2].find((p) => p.pid === relayPid)?.label ?? null;
    const endToEnd = latencyOf(e2e.latenciesMs);
    const kafkajsLatency = latencyOf(kafkajs.latenciesMs);
    for (const p of processes.splice(0)) stops.push({ label: p.label, ...(await p.stop()) });
    return {
      readModels,
      namespace,
      offered: measured.length,
      registered: ok.length,
      failures: { count: failed.length, first: failed[0] ? `${failed[0].status} ${failed[0].error ?? ''}`.trim() : undefined },
      maxLateMs: measured.reduce((m, r) => Math.max(m, r.lateMs), 0),
      http: latencyOf(ok.map((r) => r.httpMs)),
      endToEnd,
      unseen: e2e.unseen,
      kafkajs: kafkajsLatency,
      kafkajsLost: kafkajs.lost,
      kafkajsRepeats: kafkajs.repeats,
      stages,
      verdict: verdictOf(endToEnd, kafkajsLatency, { unseen: e2e.unseen, failed: failed.length }),
      caseList: { total: caseListTotal, expected: registrations.filter((r) => r.caseId).length },
      repeats: topicWatch.repeats,
      cpu,
      stops,
      benchLoopDelay: { p99: loopDelay.percentile(99) / 1e6, max: loopDelay.max / 1e6 },
      serviceLag,
      relaying,
      batching,
    };
  } finally {
    await watch?.stop();
    await topicWatch?.close();
    probe?.close();
    await watchStore?.close().catch(() => undefined);
    for (const p of processes) stops.push({ label: p.label, ...(await p.stop()) });
    await sql?.close().catch(() => undefined);
    await cleanUp(footprint, log);
  }
}

/** What monitoring answers an M&E officer of the bench's countries: the whole list's total. */
async function totalListed(url: string, secret: string): Promise<number | null> {
  const token = await signDevToken(secret, 'homeward', { userId: 'me-bench', role: 'me_officer', countries: BENCH_COUNTRIES });
  const res = await fetch(`${url}/cases?limit=1`, { headers: { authorization: `Bearer ${token}` } }).catch(() => undefined);
  return res?.status === 200 ? ((await res.json()) as { total: number }).total : null;
}

function cpuOver(
  before: { machine: ReturnType<typeof machineCpu>; procs: Array<number | null>; at: number },
  labels: string[],
  pids: number[],
): EndToEndRun['cpu'] {
  const seconds = (performance.now() - before.at) / 1000;
  const machine = machineCpu();
  const machineBusyPct = machine && before.machine ? (100 * (machine.busy - before.machine.busy)) / (machine.total - before.machine.total) : null;
  const cores = labels.map((label, i) => {
    const now = cpuSecondsOf(pids[i]);
    const then = before.procs[i];
    return { label, cores: now === null || then === null ? null : (now - then) / seconds };
  });
  return { machineBusyPct, cores };
}
