import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InProcessBroker, ManualClock, pgExecutor, uuidv7, type RecordedEvent } from '@homeward/events';
import { requireEnv } from '@homeward/events/testing';
import type { RunningService } from '@homeward/platform';
import { monitoringService } from '../../apps/monitoring/src/monitoring.module';
import { MonitoringCommands } from '../../apps/monitoring/src/monitoring-commands/monitoring-commands';
import { FOLLOW_UPS_DUE } from '../../apps/monitoring/src/alerts/follow-ups-due.projection';
import { MonitoringSettings } from '../../apps/monitoring/src/settings/monitoring-settings';
import { eventually, startTestService } from '../testing/test-services';

const APPROVED_AT = '2027-01-10T10:00:00.000Z';
const day = (offset: number) => new Date(Date.parse('2027-01-10T00:00:00.000Z') + offset * 86_400_000).toISOString().slice(0, 10);
const at = (offset: number) => `${day(offset)}T13:00:00.000Z`;

/** Planning's approval as monitoring's reaction hands it on (its inbox and reaction are covered by monitoring-journey). */
async function approve(service: RunningService, caseId: string): Promise<void> {
  const rules = service.app.get(MonitoringSettings).rulesFor('SN');
  const event = { eventId: uuidv7(), correlationId: `corr-${caseId}`, type: 'planning.PlanApproved' };
  await service.app.get(MonitoringCommands).dispatch(
    { type: 'NoteApprovedPlan', data: { caseId, planVersion: 1, planCreatedOn: day(-5), approvedOn: day(0), country: 'SN', elements: [{ elementId: 'e-grant', type: 'financial_allocation' }], rules } },
    { event, reaction: 'follow-plan-when-planning-decides', step: 0 },
  );
}

/** The meetings raised overdue (the baseline survey, due on the approval day, is overdue too; these tests follow the meetings). */
const alerts = async (service: RunningService, caseId: string): Promise<RecordedEvent[]> =>
  (await service.infra.store.readStream(`monitoring-${caseId}`)).filter((e) => e.type === 'monitoring.FollowUpOverdue' && e.data.kind === 'meeting');
const listed = (service: RunningService, caseId: string) =>
  eventually(() => service.infra.readModels.get(FOLLOW_UPS_DUE, `${caseId}:p1-m1`), (doc) => doc !== null, 15000);

describe('Monitoring’s alerts on a clock the test moves, embedded: a restart neither loses nor repeats one', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'homeward-monitoring-alerts-'));
  const clock = new ManualClock(APPROVED_AT);
  const start = () => startTestService('monitoring', monitoringService, { mode: 'embedded', dataDir, sharedBroker: new InProcessBroker(), clock });
  let monitoring: RunningService | undefined;
  afterAll(() => monitoring?.close());

  it('raises nothing on the due day, and the overdue alert the day after, once', async () => {
    monitoring = await start();
    const caseId = uuidv7();
    await approve(monitoring, caseId);
    await listed(monitoring, caseId);
    clock.set(at(15));
    await monitoring.infra.reactions.fireDue();
    expect(await alerts(monitoring, caseId)).toEqual([]);

    clock.set(at(16));
    await monitoring.infra.reactions.fireDue();
    expect((await alerts(monitoring, caseId)).map((e) => [e.type, e.data.followUpId, e.data.dueOn, e.actor.userId])).toEqual([['monitoring.FollowUpOverdue', 'p1-m1', day(15), 'raise-overdue-when-follow-up-passes']]);
    await monitoring.infra.reactions.fireDue();
    expect(await alerts(monitoring, caseId)).toHaveLength(1);
  });

  it('after a restart, raises what fell due while it was down, once, and nothing again after another', async () => {
    const caseId = uuidv7();
    clock.set(APPROVED_AT);
    await approve(monitoring!, caseId);
    await listed(monitoring!, caseId);
    await monitoring!.close();
    monitoring = undefined;
    // Down past the first meeting (day 15) and the second (day 30).
    clock.set(at(40));
    monitoring = await start();
    await monitoring.infra.reactions.fireDue();
    const raised = await eventually(() => alerts(monitoring!, caseId), (a) => a.length >= 2, 10000);
    expect(raised.map((e) => e.data.followUpId).sort()).toEqual(['p1-m1', 'p1-m2']);
    await monitoring.close();
    monitoring = await start();
    await monitoring.infra.reactions.fireDue();
    expect(await alerts(monitoring, caseId)).toHaveLength(2);
  });
});

describe('Monitoring’s alerts, two instances on one PostgreSQL (distributed)', () => {
  const pgUrl = requireEnv('HOMEWARD_PG_URL');
  const namespace = `mon${randomBytes(4).toString('hex')}`;
  const broker = new InProcessBroker();
  const clocks = [new ManualClock(APPROVED_AT), new ManualClock(APPROVED_AT)];
  const start = (clock: ManualClock) => startTestService('monitoring', monitoringService, { mode: 'distributed', namespace, sharedBroker: broker, readModels: 'postgres', clock });
  const instances: RunningService[] = [];
  afterAll(async () => {
    for (const instance of instances) await instance.close();
    const sql = await pgExecutor(pgUrl, 1);
    for (const schema of [`monitoring_${namespace}`, `monitoring_${namespace}_read_models`, `keys_${namespace}`]) await sql.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await sql.close();
  });

  it('raises on the instance holding the lease only, once, whichever instance noted the plan', async () => {
    instances.push(await start(clocks[0]), await start(clocks[1]));
    expect(instances.map((i) => i.infra.reactions.running)).toEqual([true, false]);
    const caseId = uuidv7();
    await approve(instances[1], caseId);
    await listed(instances[0], caseId);
    for (const clock of clocks) clock.set(at(16));
    const fired = await Promise.all(instances.map((i) => i.infra.reactions.fireDue()));
    expect(fired[1]).toBe(0);
    expect(fired[0]).toBeGreaterThanOrEqual(1);
    expect(await alerts(instances[1], caseId)).toHaveLength(1);
  }, 30000);

  it('moves to the other instance when the holder stops, and repeats nothing', async () => {
    await instances.shift()!.close();
    const [survivor] = instances;
    await eventually(async () => survivor.infra.reactions.running, (running) => running, 20000);
    await survivor.infra.reactions.fireDue();
    const caseId = uuidv7();
    clocks[1].set(APPROVED_AT);
    await approve(survivor, caseId);
    await listed(survivor, caseId);
    clocks[1].set(at(16));
    await survivor.infra.reactions.fireDue();
    await survivor.infra.reactions.fireDue();
    expect((await alerts(survivor, caseId)).map((e) => e.data.followUpId)).toEqual(['p1-m1']);
  }, 40000);
});
