import request from 'supertest';
import type { IntakeTopicEvent } from '@homeward/contracts/intake';
import { InProcessBroker, pgliteExecutor, type Recorded, type RecordedEvent } from '@homeward/events';
import { withoutPersonal } from '@homeward/events/testing';
import type { Principal, RunningService } from '@homeward/platform';
import { planningReactions } from '../../apps/planning/src/reactions/intake-reactions';
import { planningService } from '../../apps/planning/src/planning.module';
import { eventually, startTestService } from '../testing/test-services';
import { tokenFor } from '../testing/test-auth';
import { intakeService } from '../../apps/intake/src/intake.module';
import { day, IntakeClient } from './intake-writes.scenario';

/** The Dakar office, which holds Awa's plan once she is back in Senegal. */
export const CASE_MANAGER_SN: Partial<Principal> = { userId: 'cm-sn', role: 'case_manager', countries: ['SN'] };
export const SUPERVISOR_SN: Partial<Principal> = { userId: 'sup-sn', role: 'supervisor', countries: ['SN'] };
export const AUDITOR: Partial<Principal> = { userId: 'aud-1', role: 'auditor', countries: ['*'] };

/** The day a plan falls due for an arrival on this day: one calendar month later. */
export const monthAfter = (d: string) => {
  const date = new Date(`${d}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + 1);
  return date.toISOString().slice(0, 10);
};

/** What the example grid proposes for Awa's profile: a start-up grant, a training, counselling (as tools/try-planning.sh asks). */
export const AWA_PROFILE = { needs: ['business_project', 'lacks_vocational_skills', 'psychological_distress'], factors: [{ factor: 'skills_and_knowledge', assessment: 'capacity' }], age: 32 };

/** A candidate element as `POST /plans/:caseId/proposals` answers it. */
export interface ProposedCandidate {
  element: { type: string; description: string; responsibility: string; [field: string]: unknown };
}

export const startPlanning = (broker: InProcessBroker) => startTestService('planning', planningService, { mode: 'embedded', sharedBroker: broker });

/** Intake and planning embedded on one bus and one database (so one key store), as npm start runs them, with a client of each. */
export async function intakeAndPlanning(): Promise<{ intake: RunningService; planning: RunningService; cases: IntakeClient; plans: PlanningClient; close(): Promise<void> }> {
  const sql = await pgliteExecutor();
  const embedded = { mode: 'embedded', sharedBroker: new InProcessBroker(), sharedSql: sql } as const;
  const [intake, planning] = await Promise.all([startTestService('intake', intakeService, embedded), startTestService('planning', planningService, embedded)]);
  const close = async () => {
    await planning.close();
    await intake.close();
    await sql.close();
  };
  return { intake, planning, cases: new IntakeClient(intake), plans: new PlanningClient(planning), close };
}

export const planForms = {
  /** A start-up grant the case manager arranges, a training a provider named in free text delivers, and the plan's arrangements. */
  draft: (over: object = {}) => ({
    elements: [
      { elementId: 'e-grant', type: 'financial_allocation', description: 'Start-up grant for the tailoring shop', responsibility: 'case_manager', startOn: day(10), endOn: day(90), status: 'planned' },
      { elementId: 'e-training', type: 'vocational_training', description: 'Pattern cutting, three days a week', provider: { name: 'Centre de formation de Thiès', contact: '+221 33 951 00 00' }, responsibility: 'provider', status: 'planned' },
    ],
    followUp: 'A visit each month',
    feedbackCollection: 'Asked at each visit',
    informationExchange: 'Providers receive only what her consent names',
    estimatedDurationMonths: 12,
    exitStrategy: 'Closed once the shop has traded for six months',
    transitionToMainstream: 'The chamber of trades',
    baselineScores: { economic: 0.35, social: 0.5, psychosocial: 0.42, composite: 0.42, measuredOn: day() },
    ...over,
  }),
  /** Table 2.2 answered for a mixed allocation: half in cash by mobile money, half as a sewing machine bought from the supplier. */
  mixedAllocation: (over: object = {}) => ({
    elementId: 'e-grant',
    modality: 'mixed',
    criteria: {
      programmeDesign: { cashForeseen: true },
      costEfficiency: { mostEconomical: false },
      incentives: { cashIsIncentive: false },
      riskAssessment: { security: 'low', fraudOrDiversion: 'medium', dataProtection: 'low', higherThanAlternatives: false, acceptable: true },
      conditions: { conditionsNeeded: true, goodsAndServicesAvailable: true },
      partners: { capablePartner: true, partnerId: 'partner-wave' },
    },
    criteriaNotes: { costEfficiency: 'Buying the machine ourselves costs more but cannot be diverted' },
    amount: 300000,
    currency: 'XOF',
    instalments: [
      { number: 1, dueOn: day(10), amount: 150000, modality: 'cash' },
      { number: 2, dueOn: day(40), amount: 150000, modality: 'in_kind' },
    ],
    riskControls: ['mobile_money_transfer', 'payment_to_supplier'],
    effectivenessMeasure: 'The shop is open and trading six months after the first payment',
    ...over,
  }),
  payment: (instalment: number, amount: number) => ({ instalment, amount, paidOn: day() }),
  /**
   * The draft a case manager makes of the grid's proposals: every candidate accepted, the grant
   * becoming element e-grant (the allocation's), providers named in free text, the arrangements of draft().
   */
  fromProposals: (candidates: ProposedCandidate[]) => ({
    ...planForms.draft(),
    elements: candidates.map(({ element }, i) => ({
      ...element,
      elementId: element.type === 'financial_allocation' ? 'e-grant' : `e-${i + 1}`,
      status: 'planned',
      ...(element.responsibility === 'provider' ? { provider: { name: `Centre de Thiès (${element.type})`, contact: '+221 33 951 00 00' } } : {}),
    })),
  }),
};

/** A client of one running planning, which learns of intake from its topic. */
export class PlanningClient {
  constructor(private readonly planning: RunningService) {}

  async send(method: 'post' | 'put', path: string, body?: unknown, principal: Partial<Principal> = CASE_MANAGER_SN, headers: Record<string, string> = {}) {
    const req = request(this.planning.app.getHttpServer())[method](path).set('Authorization', `Bearer ${await tokenFor(principal)}`).set(headers);
    return body === undefined ? req : req.send(body as object);
  }

  post = (path: string, body?: unknown, principal?: Partial<Principal>, headers?: Record<string, string>) => this.send('post', path, body, principal, headers);
  put = (path: string, body?: unknown, principal?: Partial<Principal>, headers?: Record<string, string>) => this.send('put', path, body, principal, headers);

  async get(path: string, principal: Partial<Principal> = CASE_MANAGER_SN) {
    return request(this.planning.app.getHttpServer()).get(path).set('Authorization', `Bearer ${await tokenFor(principal)}`);
  }

  /** A document the service answers (the returnee's copy), as its bytes. */
  async download(path: string, principal: Partial<Principal> = CASE_MANAGER_SN) {
    return request(this.planning.app.getHttpServer())
      .get(path)
      .set('Authorization', `Bearer ${await tokenFor(principal)}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
  }

  head = () => this.planning.infra.store.headPosition();
  plan = (caseId: string): Promise<RecordedEvent[]> => this.planning.infra.store.readStream(`plan-${caseId}`);

  /**
   * Waits until planning has taken in these events of intake: carried by the topic to its inbox, then
   * through its reactions. The runner answers a case's events in order, so the last event that calls
   * for a command is the one to wait for: the plan holds an event it caused.
   */
  async learntFromIntake(events: RecordedEvent[]): Promise<void> {
    const last = events.filter((e) => planningReactions.react({ ...e, data: withoutPersonal(e).data } as Recorded<IntakeTopicEvent>).length).at(-1);
    if (!last) return;
    const caused = (plan: RecordedEvent[]) => plan.some((e) => e.causationId === last.eventId);
    if (!caused(await eventually(() => this.plan(String(last.data.caseId)), caused))) throw new Error(`planning did not react to ${last.type} ${last.eventId}`);
  }

  async expectStatus(status: number, method: 'post' | 'put', path: string, body?: unknown, principal?: Partial<Principal>) {
    const res = await this.send(method, path, body, principal);
    if (res.status !== status) throw new Error(`${method.toUpperCase()} ${path} answered ${res.status}, not ${status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }
}
