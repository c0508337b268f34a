import request from 'supertest';
import { PROVISIONAL_RSS_TABLE } from '@homeward/contracts/monitoring';
import { InProcessBroker, ManualClock, pgliteExecutor, type RecordedEvent } from '@homeward/events';
import type { Principal, RunningService } from '@homeward/platform';
import { intakeService } from '../../apps/intake/src/intake.module';
import { monitoringService } from '../../apps/monitoring/src/monitoring.module';
import { planningService } from '../../apps/planning/src/planning.module';
import { eventually, startTestService } from '../testing/test-services';
import { tokenFor } from '../testing/test-auth';
import { forms, IntakeClient } from './intake-writes.scenario';
import { CASE_MANAGER_SN, planForms, PlanningClient, SUPERVISOR_SN } from './planning-writes.scenario';

export const ME_OFFICER_SN: Partial<Principal> = { userId: 'me-sn', role: 'me_officer', countries: ['SN'] };

/** The day so many days after today on monitoring's clock, as the forms write it. */
export const dayOn = (clock: ManualClock, offsetDays = 0) => new Date(clock.now().getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/**
 * Intake, planning and monitoring embedded on one bus and one database, as npm start runs them;
 * monitoring on a clock the test moves (its alerts fire by it), the others on the real one.
 */
export async function intakePlanningMonitoring() {
  const sql = await pgliteExecutor();
  const embedded = { mode: 'embedded', sharedBroker: new InProcessBroker(), sharedSql: sql } as const;
  const clock = new ManualClock(new Date().toISOString());
  const [intake, planning, monitoring] = await Promise.all([
    startTestService('intake', intakeService, embedded),
    startTestService('planning', planningService, embedded),
    startTestService('monitoring', monitoringService, { ...embedded, clock }),
  ]);
  const close = async () => {
    await monitoring.close();
    await planning.close();
    await intake.close();
    await sql.close();
  };
  return { intake, planning, monitoring, clock, cases: new IntakeClient(intake), plans: new PlanningClient(planning), watch: new MonitoringClient(monitoring), close };
}

/** Registered in Morocco, back in Senegal, her first plan drafted, submitted and approved by the Dakar supervisor. */
export async function approvedPlan(cases: IntakeClient, plans: PlanningClient): Promise<string> {
  const caseId = await cases.openCase();
  await cases.expect201(`/cases/${caseId}/arrival`, forms.arrival());
  await plans.learntFromIntake(await cases.history(caseId));
  const p = `/plans/${caseId}`;
  await plans.expectStatus(200, 'put', `${p}/draft`, planForms.draft());
  await plans.expectStatus(201, 'post', `${p}/versions/1/submission`);
  await plans.expectStatus(201, 'post', `${p}/versions/1/approval`, undefined, SUPERVISOR_SN);
  return caseId;
}

/** A client of one running monitoring, which learns of planning and intake from their topics. */
export class MonitoringClient {
  constructor(readonly service: RunningService) {}

  async post(path: string, body?: unknown, principal: Partial<Principal> = CASE_MANAGER_SN) {
    const req = request(this.service.app.getHttpServer()).post(path).set('Authorization', `Bearer ${await tokenFor(principal)}`);
    return body === undefined ? req : req.send(body as object);
  }

  async get(path: string, principal: Partial<Principal> = CASE_MANAGER_SN) {
    return request(this.service.app.getHttpServer()).get(path).set('Authorization', `Bearer ${await tokenFor(principal)}`);
  }

  /** A document (a report's PDF) as bytes. */
  async download(path: string, principal: Partial<Principal> = CASE_MANAGER_SN) {
    return request(this.service.app.getHttpServer())
      .get(path)
      .set('Authorization', `Bearer ${await tokenFor(principal)}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
  }

  stream = (caseId: string): Promise<RecordedEvent[]> => this.service.infra.store.readStream(`monitoring-${caseId}`);
  head = () => this.service.infra.store.headPosition();

  /** Waits until monitoring holds an event of this type for the case (its reactions to the others' topics run behind). */
  async holds(caseId: string, type: string, count = 1, timeoutMs = 30000): Promise<RecordedEvent[]> {
    const has = (events: RecordedEvent[]) => events.filter((e) => e.type === type).length >= count;
    const events = await eventually(() => this.stream(caseId), has, timeoutMs);
    if (!has(events)) throw new Error(`monitoring holds no ${type} for case ${caseId}`);
    return events;
  }

  /** Waits until a read model answers as wanted (projections run behind appends). */
  async listed(path: string, ok: (body: { items: Array<Record<string, unknown>> }) => boolean, principal: Partial<Principal> = CASE_MANAGER_SN) {
    const res = await eventually(() => this.get(path, principal), (r) => r.status === 200 && ok(r.body), 15000);
    if (!ok(res.body)) throw new Error(`GET ${path} never answered as expected: ${JSON.stringify(res.body)}`);
    return res.body as { items: Array<Record<string, unknown>>; total: number };
  }

  async expect201(path: string, body?: unknown, principal?: Partial<Principal>) {
    const res = await this.post(path, body, principal);
    if (res.status !== 201) throw new Error(`POST ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  fireDue = () => this.service.infra.reactions.fireDue();
}

const RSS_QUESTIONS = PROVISIONAL_RSS_TABLE.indicators.map((i) => i.indicatorId);

export const monitoringForms = {
  meeting: (heldOn: string, over: object = {}) => ({
    heldOn,
    mode: 'home_visit',
    attendees: ['returnee', 'case_manager'],
    attendeeNames: ['Awa Diallo'],
    notes: 'Sleeps badly since the return',
    feedback: 'Wants evening classes',
    elementStatuses: [{ elementId: 'e-training', status: 'in_progress' }],
    wModelPoints: [{ occurredOn: heldOn, dimension: 'economic', direction: 'down', intensity: 4, whatHappened: 'The rent of the shop doubled' }],
    ...over,
  }),
  /** Every question of the provisional table answered the same (its scales run 1 to 5). */
  answers: (value: number, over: Record<string, number> = {}) => ({ ...Object.fromEntries(RSS_QUESTIONS.map((q) => [q, value])), ...over }),
  survey: (conductedOn: string, answers: Record<string, number>, over: object = {}) => ({ conductedOn, answers, ...over }),
  close: (closedOn: string) => ({ reason: 'exit_strategy_completed', closedOn, handover: [{ organisation: 'Chambre des métiers de Thiès', dimension: 'economic' }], note: 'The shop runs without help' }),
};

