import { randomBytes } from 'node:crypto';
import { pgExecutor, PostgresReadModelStore, type SqlExecutor } from '@homeward/events';
import { signDevToken } from '../../../libs/platform/src/auth/jwt';
import { cleanUp, type RunFootprint } from '../end-to-end/clean-up';
import type { Servers } from '../end-to-end/end-to-end-run';
import { ProbeProcess } from '../end-to-end/probe-process';
import { letters } from '../end-to-end/returnees';
import { startServiceProcess, type ServiceProcess } from '../end-to-end/service-process';
import { EmbeddedPlatform } from './embedded-platform';
import { InboxWatch, type DocumentsById } from './inbox-watch';
import type { UrgentConfig, UrgentMode } from './urgent-config';
import { offerUrgentNeeds, registerCases, untilReferralsKnows } from './urgent-load';
import { EMERGENCY_UNIT, registerEmergencyProvider } from './emergency-provider';
import { latencyOf, type UrgentLatency } from './urgent-latency';
import { urgentPathTimes, urgentStagesOf, type UrgentPathTimes } from './urgent-stages';

/** What one mode's run measured. */
export interface UrgentRun {
  mode: UrgentMode;
  offered: number;
  recorded: number;
  failures: { count: number; first?: string };
  maxLateMs: number;
  http: UrgentLatency;
  toInbox: UrgentLatency;
  unseen: number;
  /** Distributed only: the bare kafkajs round trip in the same window, at the same pace. */
  kafkajs?: UrgentLatency & { lost: number };
  polls: number;
  pollErrors: number;
  /** Distributed only: each hop, from the databases' own timestamps. */
  stages?: Array<{ name: string; latency: UrgentLatency }>;
}

/** The services of one mode, however they run: where intake and referrals answer, and referrals' documents. */
interface Platform {
  intakeUrl: string;
  referralsUrl: string;
  documents: DocumentsById;
  probe?: ProbeProcess;
  /** Distributed only: where each need was at each hop. */
  pathTimes?: () => Promise<UrgentPathTimes>;
  close(): Promise<void>;
}

/**
 * One mode: the platform started (embedded: `npm start`'s four services in one process; distributed:
 * intake and referrals each in its own process, on the servers from infra/), an emergency unit
 * registered in Dakar, the cases registered and known to referrals, then the urgent needs recorded
 * at the configured pace while the inbox watch looks for each urgent referral (and, distributed, the
 * kafkajs probe runs its round trips beside them); every trace of the run dropped at the end.
 */
export async function runUrgent(cfg: UrgentConfig, mode: UrgentMode, servers: Servers, log: (line: string) => void): Promise<UrgentRun> {
  const secret = randomBytes(32).toString('hex');
  const token = (who: { userId: string; role: 'case_manager' | 'supervisor' }) => signDevToken(secret, 'homeward', { ...who, countries: ['SN', 'MA'] });
  const total = cfg.warmup + cfg.needs;
  log(`[bench] urgent (${mode}): starting`);
  const platform = mode === 'embedded' ? await embedded(secret) : await distributed(cfg, secret, servers, log);
  let watch: InboxWatch | undefined;
  try {
    const providerId = await registerEmergencyProvider(platform.referralsUrl, await token({ userId: 'sup-bench', role: 'supervisor' }), EMERGENCY_UNIT);
    const caseManager = await token({ userId: 'cm-bench', role: 'case_manager' });
    log(`[bench] urgent (${mode}): emergency unit ${providerId} registered; registering ${total} cases in Dakar`);
    const caseIds = await registerCases(platform.intakeUrl, caseManager, total, letters(parseInt(randomBytes(3).toString('hex'), 16)));
    await untilReferralsKnows(platform.documents, caseIds);
    log(`[bench] urgent (${mode}): ${cfg.warmup} urgent needs of warm-up then ${cfg.needs} measured, ${cfg.rate}/s`);
    const w = (watch = new InboxWatch(platform.documents, cfg.pollMs));
    w.start();
    platform.probe?.begin();
    const needs = await offerUrgentNeeds({
      intakeUrl: platform.intakeUrl,
      token: caseManager,
      caseIds,
      warmup: cfg.warmup,
      rate: cfg.rate,
      onAnswer: (n) => n.needId && w.expect(InboxWatch.idOf(n.caseId, n.needId)),
    });
    await w.drained(Date.now() + cfg.drainSeconds * 1000);
    await w.stop();
    const probe = platform.probe ? await platform.probe.result() : undefined;
    const measured = needs.filter((n) => n.measured);
    const ok = measured.filter((n) => n.needId);
    const failed = measured.filter((n) => !n.needId);
    const seen = ok.map((n) => ({ caseId: n.caseId, answeredAt: n.answeredAt, seenAt: w.seenAt.get(InboxWatch.idOf(n.caseId, n.needId!)) }));
    const latencies = seen.flatMap((n) => (n.seenAt === undefined ? [] : [n.seenAt - n.answeredAt]));
    const stages = platform.pathTimes ? urgentStagesOf(seen, await platform.pathTimes()) : undefined;
    return {
      mode,
      offered: measured.length,
      recorded: ok.length,
      failures: { count: failed.length, first: failed[0] ? `${failed[0].status} ${failed[0].error ?? ''}`.trim() : undefined },
      maxLateMs: measured.reduce((m, n) => Math.max(m, n.lateMs), 0),
      http: latencyOf(ok.map((n) => n.httpMs)),
      toInbox: latencyOf(latencies),
      unseen: ok.length - latencies.length,
      ...(probe ? { kafkajs: { ...latencyOf(probe.latenciesMs), lost: probe.lost } } : {}),
      polls: w.polls,
      pollErrors: w.errors,
      ...(stages ? { stages } : {}),
    };
  } finally {
    await watch?.stop();
    await platform.close();
  }
}

async function embedded(secret: string): Promise<Platform> {
  const platform = await EmbeddedPlatform.start(secret);
  return { intakeUrl: platform.urls.intake, referralsUrl: platform.urls.referrals, documents: platform, close: () => platform.stop() };
}

async function distributed(cfg: UrgentConfig, secret: string, servers: Servers, log: (line: string) => void): Promise<Platform> {
  const namespace = `urg${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const footprint: RunFootprint = {
    pgUrl: servers.pgUrl,
    schemas: [...['intake', 'referrals'].flatMap((s) => [`${s}_${namespace}`, `${s}_${namespace}_read_models`]), `keys_${namespace}`],
    brokers: servers.brokers,
    namespace,
  };
  const env = {
    HOMEWARD_NAMESPACE: namespace,
    HOMEWARD_TOPIC_PREFIX: `${namespace}.`,
    HOMEWARD_READ_MODELS: 'postgres',
    HOMEWARD_JWT_SECRET: secret,
    HOMEWARD_JWT_ISSUER: 'homeward',
    HOMEWARD_LOG_LEVEL: 'warn',
    HOMEWARD_LOG_FORMAT: 'json',
  };
  const processes: ServiceProcess[] = [];
  let sql: SqlExecutor | undefined;
  let probe: ProbeProcess | undefined;
  const close = async () => {
    probe?.close();
    for (const p of processes.splice(0)) await p.stop();
    await sql?.close().catch(() => undefined);
    await cleanUp(footprint, log);
  };
  try {
    processes.push(...(await Promise.all([startServiceProcess('intake', 'intake', env, log), startServiceProcess('referrals', 'referrals', env, log)])));
    sql = await pgExecutor(servers.pgUrl, 2);
    const documents = await PostgresReadModelStore.open(sql, `referrals_${namespace}_read_models`);
    probe = await ProbeProcess.open({
      brokers: servers.brokers,
      topic: `${namespace}.bench.kafkajs-probe`,
      groupId: `${namespace}-bench-probe`,
      rate: cfg.rate,
      warmupSeconds: cfg.warmup / cfg.rate,
      seconds: cfg.needs / cfg.rate,
    });
    const [intake, referrals] = processes;
    const pathTimes = () => urgentPathTimes(sql!, `intake_${namespace}`, `referrals_${namespace}`);
    return { intakeUrl: intake.url, referralsUrl: referrals.url, documents, probe, pathTimes, close };
  } catch (error) {
    await close();
    throw error;
  }
}
