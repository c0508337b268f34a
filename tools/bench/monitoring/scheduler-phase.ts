import { performance } from 'node:perf_hooks';
import { monitoringService } from '../../../apps/monitoring/src/monitoring.module';
import { MonitoringCommands } from '../../../apps/monitoring/src/monitoring-commands/monitoring-commands';
import { OVERDUE_FOLLOW_UPS } from '../../../apps/monitoring/src/alerts/overdue-follow-ups.projection';
import { MonitoringSettings } from '../../../apps/monitoring/src/settings/monitoring-settings';
import { InProcessBroker, ManualClock, pgliteExecutor } from '@homeward/events';
import { startTestService } from '../../testing/test-services';

export interface SchedulerFigure {
  cases: number;
  seedSeconds: number;
  /** From the clock's jump to the last FollowUpOverdue appended (fireDue resolved with them all). */
  emitSeconds: number;
  emitted: number;
  /** From the jump until the overdue list holds them all (its projection caught up). */
  listedSeconds: number;
  listed: number;
  /** A second pass at the same time: nothing more is raised. */
  repeated: number;
}

const DAY = 86_400_000;

/**
 * The deadline runner after a clock jump: monitoring embedded on PGlite (as `npm start` runs it), its
 * clock moved by the bench. `cases` approved plans are noted through the service's own command handler
 * (the decider schedules each case's follow-ups: the baseline survey is due the day of approval); then
 * the clock jumps two days and the runner raises every baseline overdue, each through the command handler
 * (read the stream, decide, append) as in production.
 */
export async function schedulerPhase(cases: number, log: (line: string) => void): Promise<SchedulerFigure> {
  const sql = await pgliteExecutor();
  const clock = new ManualClock('2027-01-04T09:00:00.000Z');
  const service = await startTestService('monitoring', monitoringService, { mode: 'embedded', sharedBroker: new InProcessBroker(), sharedSql: sql, clock });
  try {
    const commands = service.app.get(MonitoringCommands);
    const rules = service.app.get(MonitoringSettings).rulesFor('SN');
    // The handler the reactions reach through dispatch, without looking the plan up in planning's copy.
    const handler = (commands as unknown as { handler: { handle(c: unknown, ctx: unknown): Promise<unknown> } }).handler;
    const seedStart = Date.now();
    const note = (i: number) =>
      handler.handle(
        { type: 'NoteApprovedPlan', data: { caseId: `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`, planVersion: 1, planCreatedOn: '2027-01-04', approvedOn: '2027-01-04', country: 'SN', elements: [], rules } },
        { actor: { userId: 'bench', role: 'system' }, correlationId: `bench-${i}` },
      );
    const lanes = 4;
    await Promise.all(Array.from({ length: lanes }, async (_, lane) => {
      for (let i = lane; i < cases; i += lanes) await note(i);
    }));
    await service.infra.projections.caughtUp();
    const seedSeconds = (Date.now() - seedStart) / 1000;
    log(`[bench] monitoring: ${cases} plans noted and projected in ${seedSeconds.toFixed(0)} s; jumping the clock two days`);

    clock.set(new Date(clock.now().getTime() + 2 * DAY).toISOString());
    const t0 = performance.now();
    let emitted = 0;
    // The runner's own timer may take a pass too: the count that matters is in the store.
    while (emitted < cases) {
      await service.infra.reactions.fireDue();
      emitted = await countOverdue(sql);
      if (performance.now() - t0 > 120_000) break;
    }
    const emitSeconds = (performance.now() - t0) / 1000;
    await service.infra.projections.caughtUp();
    const listed = await service.infra.readModels.count(OVERDUE_FOLLOW_UPS, {});
    const listedSeconds = (performance.now() - t0) / 1000;
    await service.infra.reactions.fireDue();
    const repeated = (await countOverdue(sql)) - emitted;
    return { cases, seedSeconds, emitSeconds, emitted, listedSeconds, listed, repeated };
  } finally {
    await service.close();
    await sql.close();
  }
}

async function countOverdue(sql: Awaited<ReturnType<typeof pgliteExecutor>>): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM monitoring.events WHERE type = 'monitoring.FollowUpOverdue'`);
  return rows[0]?.n ?? 0;
}
