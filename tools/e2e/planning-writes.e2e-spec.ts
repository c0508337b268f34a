import type { RecordedEvent } from '@homeward/events';
import { day, forms, IntakeClient } from './intake-writes.scenario';
import { AUDITOR, CASE_MANAGER_SN, monthAfter, planForms, PlanningClient, intakeAndPlanning, SUPERVISOR_SN } from './planning-writes.scenario';

describe('Planning over HTTP: from the arrival in intake to a plan in force and its payments', () => {
  let cases: IntakeClient;
  let plans: PlanningClient;

  let close: () => Promise<void>;

  beforeAll(async () => ({ cases, plans, close } = await intakeAndPlanning()));
  afterAll(() => close?.());

  /** Intake's events since the position given, for planning to learn. */
  const intakeSince = async (caseId: string, version: number): Promise<RecordedEvent[]> => (await cases.history(caseId)).filter((e) => e.streamVersion > version);

  /** A case registered in Morocco whose returnee is back in Senegal: planning has started her plan clock. */
  async function arrivedCase(): Promise<string> {
    const caseId = await cases.openCase();
    await cases.expect201(`/cases/${caseId}/arrival`, forms.arrival());
    await plans.learntFromIntake(await cases.history(caseId));
    return caseId;
  }

  it('walks the plan: due a month after the arrival, drafted, a mixed allocation approved, submitted, approved, activated only under consent, paid up to its amount', async () => {
    const caseId = await arrivedCase();
    const p = `/plans/${caseId}`;

    // Intake's arrival, carried by its topic, starts the clock in the country of origin: the reaction acted, caused by that event.
    const arrived = (await cases.history(caseId)).find((e) => e.type === 'intake.ReturneeArrived')!;
    expect((await plans.plan(caseId)).map((e) => [e.type, e.country, e.actor, e.causationId])).toEqual([
      ['planning.PlanDue', 'SN', { userId: 'update-plan-when-intake-records', role: 'system' }, arrived.eventId],
    ]);
    expect((await plans.plan(caseId))[0].data).toMatchObject({ arrivalDate: day(), dueOn: monthAfter(day()) });

    const drafted = await plans.expectStatus(200, 'put', `${p}/draft`, planForms.draft());
    expect(drafted).toEqual({ caseId, streamVersion: 2, events: ['planning.PlanDrafted'] });

    const { allocationId } = await plans.expectStatus(201, 'post', `${p}/allocations`, planForms.mixedAllocation());
    expect(allocationId).toMatch(/^[0-9a-f-]{36}$/);

    // Only supervisors approve allocations; once approved, it stands.
    expect((await plans.post(`${p}/allocations/${allocationId}/approval`)).body).toMatchObject({ statusCode: 403, code: 'ROLE_NOT_ALLOWED' });
    expect(await plans.expectStatus(201, 'post', `${p}/allocations/${allocationId}/approval`, undefined, SUPERVISOR_SN)).toMatchObject({ events: ['planning.AllocationApproved'] });
    expect((await plans.post(`${p}/allocations/${allocationId}/approval`, undefined, SUPERVISOR_SN)).body).toMatchObject({ statusCode: 409, code: 'ALLOCATION_ALREADY_APPROVED' });

    await plans.expectStatus(201, 'post', `${p}/versions/1/submission`);
    expect((await plans.post(`${p}/versions/1/submission`)).body).toMatchObject({ statusCode: 409, code: 'PLAN_ALREADY_SUBMITTED' });
    expect((await plans.post(`${p}/versions/1/approval`)).status).toBe(403);
    await plans.expectStatus(201, 'post', `${p}/versions/1/approval`, undefined, SUPERVISOR_SN);
    expect((await plans.post(`${p}/versions/1/approval`, undefined, SUPERVISOR_SN)).body).toMatchObject({ statusCode: 409, code: 'PLAN_ALREADY_APPROVED' });

    // No consent to assistance yet: the version does not come into force, and nothing is appended.
    const before = await plans.head();
    const refused = await plans.post(`${p}/versions/1/activation`);
    expect(refused.body).toMatchObject({ statusCode: 409, code: 'PLAN_CONSENT_MISSING' });
    expect(await plans.head()).toBe(before);

    // She signs the form in intake; planning learns it from intake's events.
    const known = (await cases.history(caseId)).length;
    await cases.consent(caseId);
    await plans.learntFromIntake(await intakeSince(caseId, known));
    const activated = await plans.expectStatus(201, 'post', `${p}/versions/1/activation`);
    expect(activated.events).toEqual(['planning.PlanActivated', 'planning.ReferralRequested']);

    // Both instalments paid; nothing more than the approved amount.
    const first = await plans.expectStatus(201, 'post', `${p}/allocations/${allocationId}/disbursements`, planForms.payment(1, 150000));
    expect(first).toMatchObject({ events: ['planning.DisbursementRecorded'], disbursementId: expect.any(String) });
    expect((await plans.post(`${p}/allocations/${allocationId}/disbursements`, planForms.payment(2, 150001))).body).toMatchObject({ statusCode: 409, code: 'APPROVED_AMOUNT_EXCEEDED' });
    await plans.expectStatus(201, 'post', `${p}/allocations/${allocationId}/disbursements`, planForms.payment(2, 150000));
    expect((await plans.post(`${p}/allocations/${allocationId}/disbursements`, planForms.payment(1, 1))).body).toMatchObject({ statusCode: 409, code: 'APPROVED_AMOUNT_EXCEEDED' });

    // A revision is a new version: it goes through submission, approval and consent again.
    const revised = await plans.expectStatus(201, 'post', `${p}/revisions`, { reason: 'The training centre moved to Mbour' });
    expect(revised.events).toEqual(['planning.PlanRevised']);
    expect((await plans.post(`${p}/versions/2/activation`)).body).toMatchObject({ statusCode: 409, code: 'PLAN_NOT_APPROVED' });
    expect((await plans.post(`${p}/versions/1/submission`)).body).toMatchObject({ statusCode: 409, code: 'PLAN_VERSION_NOT_LATEST' });
    await plans.expectStatus(201, 'post', `${p}/versions/2/submission`);
    await plans.expectStatus(201, 'post', `${p}/versions/2/approval`, undefined, SUPERVISOR_SN);
    // The form she signed this morning was for version 1: the revision, made today, needs her signature again.
    expect((await plans.post(`${p}/versions/2/activation`)).body).toMatchObject({ code: 'PLAN_CONSENT_MISSING', uncovered: [{ component: 'plan', reason: 'SIGNED_BEFORE_THIS_VERSION' }] });
    const beforeSecondForm = (await cases.history(caseId)).length;
    await cases.consent(caseId);
    await plans.learntFromIntake(await intakeSince(caseId, beforeSecondForm));
    expect(await plans.expectStatus(201, 'post', `${p}/versions/2/activation`)).toMatchObject({ events: expect.arrayContaining(['planning.PlanActivated']) });

    const stream = await plans.plan(caseId);
    expect(stream.every((e) => e.country === 'SN')).toBe(true);
    expect(stream.find((e) => e.type === 'planning.AllocationApproved')?.actor).toEqual({ userId: 'sup-sn', role: 'supervisor' });
  });

  it('payments sent at once never add up to more than the approved amount', async () => {
    const caseId = await arrivedCase();
    const p = `/plans/${caseId}`;
    await plans.expectStatus(200, 'put', `${p}/draft`, planForms.draft());
    const { allocationId } = await plans.expectStatus(201, 'post', `${p}/allocations`, planForms.mixedAllocation());
    await plans.expectStatus(201, 'post', `${p}/allocations/${allocationId}/approval`, undefined, SUPERVISOR_SN);
    await plans.expectStatus(201, 'post', `${p}/versions/1/submission`);
    await plans.expectStatus(201, 'post', `${p}/versions/1/approval`, undefined, SUPERVISOR_SN);
    const known = (await cases.history(caseId)).length;
    await cases.consent(caseId);
    await plans.learntFromIntake(await intakeSince(caseId, known));
    await plans.expectStatus(201, 'post', `${p}/versions/1/activation`);

    const answers = await Promise.all([1, 1, 2, 2].map((instalment) => plans.post(`${p}/allocations/${allocationId}/disbursements`, planForms.payment(instalment, 150000))));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 201, 409, 409]);
    const paid = (await plans.plan(caseId)).filter((e) => e.type === 'planning.DisbursementRecorded');
    expect(paid.map((e) => e.data.totalDisbursed)).toEqual([150000, 300000]);
  });

  it('a plan design at a pre-departure session is brought in: the first plan is not submitted until it is reviewed', async () => {
    const caseId = await cases.openCase();
    await cases.consent(caseId);
    const sessionId = await cases.startedSession(caseId);
    for (const step of ['preparation', 'trust', 'process-and-consent', 'vulnerabilities', 'plan-design'] as const) {
      const body = { preparation: forms.preparation, trust: forms.trust, 'process-and-consent': forms.processAndConsent, vulnerabilities: forms.vulnerabilities, 'plan-design': forms.planDesign }[step]();
      await cases.expect201(`/cases/${caseId}/sessions/${sessionId}/steps/${step}`, body);
    }
    await cases.expect201(`/cases/${caseId}/sessions/${sessionId}/steps/closing`, forms.closing());
    await cases.expect201(`/cases/${caseId}/arrival`, forms.arrival());
    await plans.learntFromIntake(await cases.history(caseId));
    const p = `/plans/${caseId}`;
    expect((await plans.plan(caseId)).map((e) => e.type)).toContain('planning.PreDeparturePlanNoted');

    await plans.expectStatus(200, 'put', `${p}/draft`, planForms.draft());
    expect((await plans.post(`${p}/versions/1/submission`)).body).toMatchObject({ statusCode: 409, code: 'PRE_DEPARTURE_PLAN_NOT_REVIEWED' });
    await plans.expectStatus(201, 'post', `${p}/pre-departure-review`, { sessionId, outcome: 'adapted', notes: 'Thiès rather than Dakar' });
    await plans.expectStatus(201, 'post', `${p}/versions/1/submission`);
  });

  it("intake's vulnerability screenings reach the plan by their urgency, for the proposals; their area stays in intake", async () => {
    const caseId = await cases.openCase();
    await cases.consent(caseId);
    await cases.expect201(`/cases/${caseId}/vulnerability-screenings`, { area: 'mental_health', urgency: 'urgent', details: 'Nightmares since the crossing' });
    await cases.expect201(`/cases/${caseId}/arrival`, forms.arrival());
    await plans.learntFromIntake(await cases.history(caseId));
    const proposals = await plans.expectStatus(200, 'post', `/plans/${caseId}/proposals`, { needs: ['psychological_distress'] });
    expect(proposals.screenedInIntake).toEqual([{ screeningId: expect.any(String), urgency: 'urgent', screenedAt: expect.any(String) }]);
    const stream = JSON.stringify(await plans.plan(caseId));
    for (const sensitive of ['mental_health', 'Nightmares']) expect(stream).not.toContain(sensitive);
  });

  it('a supervisor extends the due date with a reason; a case manager cannot', async () => {
    const caseId = await arrivedCase();
    const p = `/plans/${caseId}`;
    expect((await plans.post(`${p}/derogations`, { dueOn: day(45), reason: 'In hospital' })).body).toMatchObject({ statusCode: 403, code: 'ROLE_NOT_ALLOWED' });
    expect(await plans.expectStatus(201, 'post', `${p}/derogations`, { dueOn: day(45), reason: 'In hospital' }, SUPERVISOR_SN)).toMatchObject({ events: ['planning.PlanDerogationGranted'] });
    expect((await plans.post(`${p}/derogations`, { dueOn: day(40), reason: 'Earlier' }, SUPERVISOR_SN)).body).toMatchObject({ statusCode: 400, code: 'DEROGATION_NOT_LATER', errors: [{ field: 'dueOn' }] });
  });

  it('records inputs, then closes the plan for a reason people give', async () => {
    const caseId = await arrivedCase();
    const p = `/plans/${caseId}`;
    const inputs = { goals: ['Reopen the tailoring shop'], motivations: ['Her children'], goalsSource: 'case_manager', assessments: [{ kind: 'individual', reference: 'intake:individual-factors', assessedOn: day() }] };
    expect(await plans.expectStatus(200, 'put', `${p}/inputs`, inputs)).toMatchObject({ events: ['planning.PlanInputsRecorded'] });
    expect((await plans.put(`${p}/inputs`, { ...inputs, goalsSource: 'counselling_session' })).body).toMatchObject({ statusCode: 400, code: 'SESSION_REQUIRED' });
    expect(await plans.expectStatus(201, 'post', `${p}/closure`, { reason: 'contact_lost', note: 'No answer for three months' })).toMatchObject({ events: ['planning.PlanClosed'] });
    expect((await plans.post(`${p}/completion`, {})).body).toMatchObject({ statusCode: 409, code: 'PLAN_ENDED' });
  });

  describe('who may write', () => {
    it('an auditor, a service provider, a data analyst write nothing (403)', async () => {
      const caseId = await arrivedCase();
      const before = await plans.head();
      for (const who of [AUDITOR, { role: 'service_provider' as const, countries: ['SN'] }, { role: 'data_analyst' as const, countries: ['SN'] }]) {
        const res = await plans.put(`/plans/${caseId}/draft`, planForms.draft(), who);
        expect([who.role, res.status, res.body.code]).toEqual([who.role, 403, 'ROLE_NOT_ALLOWED']);
      }
      expect(await plans.head()).toBe(before);
    });

    it('a plan outside the caller\'s countries answers as one that does not exist (404 PLAN_NOT_FOUND, the same body)', async () => {
      const caseId = await arrivedCase();
      const elsewhere = await plans.put(`/plans/${caseId}/draft`, planForms.draft(), { ...CASE_MANAGER_SN, countries: ['MA'] });
      const unknown = await plans.put(`/plans/0190a1b2-0000-7000-8000-00000000dead/draft`, planForms.draft());
      expect(elsewhere.status).toBe(404);
      expect(unknown.status).toBe(404);
      expect(elsewhere.body.code).toBe('PLAN_NOT_FOUND');
      const unnamed = (body: object, id: string) => JSON.parse(JSON.stringify(body).replaceAll(id, 'X'));
      expect(unnamed(elsewhere.body, caseId)).toEqual(unnamed(unknown.body, '0190a1b2-0000-7000-8000-00000000dead'));
    });
  });

  describe('bad input: 400 naming the field, in French or English, nothing appended', () => {
    let caseId: string;
    beforeAll(async () => (caseId = await arrivedCase()));

    it.each([
      ['an element type outside Annex 3', 'put', 'draft', () => planForms.draft({ elements: [{ ...planForms.draft().elements[0], type: 'cash_for_work' }] }), 'elements.0.type'],
      ['a provider both in the directory and in free text', 'put', 'draft', () => planForms.draft({ elements: [{ ...planForms.draft().elements[1], provider: { providerId: 'p', name: 'P' } }] }), 'elements.0.provider.providerId'],
      ['a score above 1', 'put', 'draft', () => planForms.draft({ baselineScores: { ...planForms.draft().baselineScores, composite: 1.5 } }), 'baselineScores.composite'],
      ['an exit strategy that is not text', 'put', 'draft', () => planForms.draft({ exitStrategy: 42 }), 'exitStrategy'],
      ['a currency that is not ISO 4217', 'post', 'allocations', () => planForms.mixedAllocation({ currency: 'CFA francs' }), 'currency'],
      ['an amount that is not whole', 'post', 'allocations', () => planForms.mixedAllocation({ amount: 1500.5 }), 'amount'],
      ['a risk level outside the list', 'post', 'allocations', () => planForms.mixedAllocation({ criteria: { ...planForms.mixedAllocation().criteria, riskAssessment: { security: 'extreme' } } }), 'criteria.riskAssessment.security'],
      ['no instalments', 'post', 'allocations', () => planForms.mixedAllocation({ instalments: [] }), 'instalments'],
      ['a derogation without a reason', 'post', 'derogations', () => ({ dueOn: day(40) }), 'reason'],
      ['a revision without a reason', 'post', 'revisions', () => ({}), 'reason'],
      ['a closure for assistance refused, which only intake decides', 'post', 'closure', () => ({ reason: 'assistance_refused' }), 'reason'],
      ['a field no form has', 'put', 'inputs', () => ({ goals: [], motivations: [], goalsSource: 'case_manager', assessments: [], approvedBy: 'me' }), 'approvedBy'],
    ] as const)('refuses %s', async (_what, method, route, body, field) => {
      const before = await plans.head();
      const who = route === 'derogations' ? SUPERVISOR_SN : CASE_MANAGER_SN;
      const en = await plans.send(method, `/plans/${caseId}/${route}`, body(), who);
      expect(en.status).toBe(400);
      expect(en.body.code).toBe('INVALID_INPUT');
      expect(en.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      const fr = await plans.send(method, `/plans/${caseId}/${route}`, body(), who, { 'Accept-Language': 'fr' });
      expect(fr.body.message).not.toEqual(en.body.message);
      expect(fr.body.message).toContain(field.split('.').pop());
      expect(await plans.head()).toBe(before);
    });

    it('refuses a version that is not a whole number, naming it', async () => {
      const res = await plans.post(`/plans/${caseId}/versions/first/submission`);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'INVALID_INPUT', errors: [{ field: 'version' }] });
      expect((await plans.post(`/plans/${caseId}/versions/0/submission`)).body).toMatchObject({ statusCode: 400, errors: [{ field: 'version' }] });
    });

    it('refuses an allocation id that is not a UUID, naming it', async () => {
      const res = await plans.post(`/plans/${caseId}/allocations/a-1/approval`, undefined, SUPERVISOR_SN);
      expect(res.body).toMatchObject({ statusCode: 400, errors: [{ field: 'allocationId' }] });
    });
  });
});
