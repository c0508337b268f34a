import { ERASED } from '@homeward/contracts/planning';
import type { Plan } from '@homeward/domain';
import type { Projection, RecordedEvent } from '@homeward/events';
import { only, project } from '@homeward/testing/intake';
import { planningProjections } from '../plan-queries';
import { returneeCopyProjections } from '../returnee-copy';
import { PlanHistory, planContent, SUPERVISOR } from '../testing/plan-history';
import { planDetailProjection, type PlanDetailDocument } from './plan-detail.projection';

/** Awa's plan with words of every kind: a derogation's reason, her goals and context, a version in force, a revision, an allocation. */
function awaHistory(caseId: string): PlanHistory {
  const awa = PlanHistory.arrived(caseId, '2026-12-15');
  awa.run('2027-01-03T09:00:00.000Z', 'GrantDerogation', { dueOn: '2027-01-31', reason: 'In hospital for a week' }, SUPERVISOR);
  awa.run('2027-01-04T09:00:00.000Z', 'RecordPlanInputs', { goals: ['Reopen the tailoring shop'], motivations: ['Near her mother'], goalsSource: 'case_manager', assessments: [], contextNotes: 'Her brother owes money' });
  awa.draft('2027-01-05T09:00:00.000Z');
  awa.decideGrant('2027-01-05T10:00:00.000Z');
  awa.submit('2027-01-05T11:00:00.000Z');
  awa.approve('2027-01-06T09:00:00.000Z');
  awa.approveGrant('2027-01-06T09:10:00.000Z');
  awa.consent('2027-01-07T09:00:00.000Z', 'k-plan');
  awa.referralConsent('2027-01-07T09:05:00.000Z', 'k-ref', 'prov-tvet');
  awa.activate('2027-01-07T10:00:00.000Z');
  awa.run('2027-02-10T10:00:00.000Z', 'RevisePlan', { reason: 'Her landlord in Thiès', content: planContent({ exitStrategy: 'Closed after a year of trading in Mbour' }) });
  return awa;
}

/** What the detail holds of her words: the versions' texts, her goals and motivations, the context. */
const HELD = ['tailoring shop', 'Pattern cutting', 'Monthly counselling', 'A home visit every month', 'six months on its own', 'Mbour', 'her mother', 'brother'];
/** Words no read model ever held: the reasons of a derogation and of a revision, how an allocation's effect is measured. */
const NEVER_HELD = ['hospital', 'landlord', 'six-month visit'];
const HER_WORDS = [...HELD, ...NEVER_HELD];

/** intake.ReturneeErased as planning's inbox holds it: no personal part, and the keys of her plan's words destroyed with it. */
const erasure = (caseId: string, position: number): RecordedEvent => ({
  eventId: `erased-${caseId}`,
  streamId: `inbox.intake.case-${caseId}`,
  streamVersion: 40,
  globalPosition: position,
  type: 'intake.ReturneeErased',
  schemaVersion: 1,
  occurredAt: '2027-03-01T09:00:00.000Z',
  recordedAt: '2027-03-01T09:00:00.000Z',
  actor: { userId: 'sup-ma', role: 'supervisor' },
  country: 'MA',
  correlationId: 'test',
  causationId: null,
  data: { caseId, returneeId: `r-${caseId}`, erasedAt: '2027-03-01T09:00:00.000Z', reason: 'data_subject_request' },
});

/** Her plan's events as every read reads them once her keys are gone: each personal part opens to the marker. */
const readAfterErasure = (events: RecordedEvent[]) => events.map((e) => (e.data.personal ? { ...e, data: { ...e.data, personal: { $erased: true } } } : e));

const detailOf = (events: RecordedEvent[], caseId: string) => only(project(planDetailProjection, events), caseId) as PlanDetailDocument & Plan;

describe("The plan's detail once intake erases the returnee", () => {
  const awa = awaHistory('c-erased');
  const erased = [...awa.events, erasure('c-erased', 10_000)];

  it('holds her words until then', () => {
    const text = JSON.stringify(detailOf(awa.events, 'c-erased'));
    for (const words of HELD) expect(text).toContain(words);
    for (const words of NEVER_HELD) expect(text).not.toContain(words);
  });

  it('keeps the structure of every version, the stages and the money, and drops her words', () => {
    const plan = detailOf(erased, 'c-erased');
    expect(plan).toMatchObject({ status: 'revised', dueOn: '2027-01-31', erasedAt: '2027-03-01T09:00:00.000Z', inputs: { goals: [], motivations: [], goalsSource: 'case_manager' } });
    expect(plan.inputs).not.toHaveProperty('contextNotes');
    expect(plan.versions.map((v) => [v.number, v.status, v.content.elements.map((e) => e.description)])).toEqual([
      [1, 'active', [ERASED, ERASED, ERASED]],
      [2, 'draft', [ERASED, ERASED, ERASED]],
    ]);
    expect(plan.versions[0].content).toEqual({ elements: expect.any(Array), estimatedDurationMonths: 12 });
    expect(plan.allocations['a-1']).toMatchObject({ status: 'approved', amount: 300_000 });
    const text = JSON.stringify(plan);
    for (const words of HER_WORDS) expect(text).not.toContain(words);
  });

  it('reads the same after a rebuild from a history whose keys are gone', () => {
    expect(detailOf(readAfterErasure(erased), 'c-erased')).toEqual(detailOf(erased, 'c-erased'));
  });

  it('leaves a case planning holds no plan for without a document', () => {
    expect(project(planDetailProjection, [erasure('c-never', 10_001)]).size).toBe(0);
  });
});

describe("Every planning read model, once intake erases the returnee, holds none of her plan's words", () => {
  const awa = awaHistory('c-every');
  const erased = [...awa.events, erasure('c-every', 10_002)];
  const readModels = [...planningProjections, ...returneeCopyProjections] as Projection[];

  it.each(readModels.map((p) => [p.name, p] as const))('%s', (_name, projection) => {
    for (const events of [erased, readAfterErasure(erased)]) {
      const text = JSON.stringify([...project(projection, events).values()]);
      for (const words of HER_WORDS) expect(text).not.toContain(words);
    }
  });
});
