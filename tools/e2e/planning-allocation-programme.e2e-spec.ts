import request from 'supertest';
import { EXAMPLE_FEASIBILITY_GRID } from '@homeward/contracts/planning';
import type { Principal, RunningService } from '@homeward/platform';
import { tokenFor } from '../testing/test-auth';
import { eventually } from '../testing/test-services';
import { forms, IntakeClient } from './intake-writes.scenario';
import { AUDITOR, planForms, PlanningClient, intakeAndPlanning, SUPERVISOR_SN } from './planning-writes.scenario';

const EXAMPLE = EXAMPLE_FEASIBILITY_GRID.programme;
const URBAN = 'urban-livelihoods';

describe('Embedded mode: the programme an allocation is paid by, and the totals per programme', () => {
  let planning: RunningService;
  let cases: IntakeClient;
  let plans: PlanningClient;
  const get = async (path: string, who: Partial<Principal> = AUDITOR, language = 'en') =>
    request(planning.app.getHttpServer()).get(path).set('Authorization', `Bearer ${await tokenFor(who)}`).set('Accept-Language', language);
  const decided = async (caseId: string) => (await plans.plan(caseId)).filter((e) => e.type === 'planning.AllocationDecided').map((e) => e.data.programme);

  let close: () => Promise<void>;

  beforeAll(async () => ({ planning, cases, plans, close } = await intakeAndPlanning()));
  afterAll(() => close?.());

  async function draftedPlan(): Promise<string> {
    const caseId = await cases.openCase();
    await cases.expect201(`/cases/${caseId}/arrival`, forms.arrival());
    await cases.consent(caseId);
    await plans.learntFromIntake(await cases.history(caseId));
    await plans.expectStatus(200, 'put', `/plans/${caseId}/draft`, planForms.draft());
    return caseId;
  }

  it('is, when none is named, the only programme with a grid in the plan’s country; a programme named without a grid there is refused and nothing appended', async () => {
    await eventually(() => get('/grids?country=SN'), (r) => r.body.total >= 1, 15000);
    const caseId = await draftedPlan();
    const { allocationId } = await plans.expectStatus(201, 'post', `/plans/${caseId}/allocations`, planForms.mixedAllocation());
    expect(await decided(caseId)).toEqual([EXAMPLE]);

    const before = await plans.head();
    const unknown = await plans.put(`/plans/${caseId}/allocations/${allocationId}`, planForms.mixedAllocation({ programme: URBAN }));
    expect([unknown.status, unknown.body.code, unknown.body.errors]).toEqual([404, 'GRID_NOT_FOUND', [expect.objectContaining({ field: 'programme' })]]);
    const misspelt = await plans.post(`/plans/${caseId}/allocations`, planForms.mixedAllocation({ programme: 'Urban Livelihoods' }), undefined, { 'Accept-Language': 'fr' });
    expect(misspelt.body).toMatchObject({ statusCode: 400, code: 'INVALID_INPUT', errors: [{ field: 'programme', message: expect.stringContaining('minuscules') }] });
    expect(await plans.head()).toBe(before);
  });

  it('must be named once a second programme has a grid in the country; the totals then give each programme, or the one asked', async () => {
    const grid = { ...EXAMPLE_FEASIBILITY_GRID, gridId: 'urban-sn', programme: URBAN, example: false, source: 'Programme feasibility study, 2027' };
    await plans.expectStatus(201, 'post', `/grids/SN/${URBAN}/versions`, grid, SUPERVISOR_SN);
    // The default reads the list of grids: it is the second programme there that makes the default ambiguous.
    await eventually(() => get('/grids?country=SN'), (r) => r.body.items?.some((v: { programme: string }) => v.programme === URBAN), 15000);
    const caseId = await draftedPlan();
    const before = await plans.head();
    const required = await plans.post(`/plans/${caseId}/allocations`, planForms.mixedAllocation());
    expect(await plans.head()).toBe(before);
    expect(required.body).toMatchObject({ statusCode: 400, code: 'GRID_PROGRAMME_REQUIRED', errors: [{ field: 'programme' }] });
    expect(required.body.programmes).toEqual(expect.arrayContaining([EXAMPLE, URBAN]));

    const [first, second] = planForms.mixedAllocation().instalments;
    const smaller = planForms.mixedAllocation({ programme: URBAN, amount: 80000, instalments: [{ ...first, amount: 40000 }, { ...second, amount: 40000 }] });
    const { allocationId } = await plans.expectStatus(201, 'post', `/plans/${caseId}/allocations`, smaller);
    await plans.expectStatus(201, 'post', `/plans/${caseId}/allocations/${allocationId}/approval`, undefined, SUPERVISOR_SN);
    expect(await decided(caseId)).toEqual([URBAN]);

    const urban = await eventually(() => get(`/disbursements/totals?programme=${URBAN}`), (r) => r.body.total === 1, 15000);
    expect(urban.body.items).toEqual([{ country: 'SN', programme: URBAN, currency: 'XOF', approvedAmount: 80000, approvedAllocations: 1, disbursedAmount: 0, disbursements: 0, cases: 1 }]);
    const listed = await get(`/allocations?country=SN`);
    expect(listed.body.items).toContainEqual(expect.objectContaining({ caseId, allocationId, programme: URBAN, status: 'approved' }));
    expect((await get(`/disbursements/totals?country=SN&programme=${EXAMPLE}`)).body).toMatchObject({ total: 0, items: [] });

    const bad = await get('/disbursements/totals?programme=Not_A_Programme', AUDITOR, 'fr');
    expect(bad.body).toMatchObject({ statusCode: 400, code: 'INVALID_INPUT', errors: [{ field: 'programme' }] });
  });
});
