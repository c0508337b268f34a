import type { Principal, RunningService } from '@homeward/platform';
import { eventually } from '../testing/test-services';
import { forms, IntakeClient, startIntake } from './intake-writes.scenario';

const rabat: Partial<Principal> = { userId: 'cm-rabat', role: 'case_manager', countries: ['MA'] };
const rabatColleague: Partial<Principal> = { userId: 'cm-rabat-2', role: 'case_manager', countries: ['MA', 'SN'] };
const rabatSupervisor: Partial<Principal> = { userId: 'sup-rabat', role: 'supervisor', countries: ['MA'] };
const dakar: Partial<Principal> = { userId: 'cm-dakar', role: 'case_manager', countries: ['SN'] };
const dakar2: Partial<Principal> = { userId: 'cm-dakar-2', role: 'case_manager', countries: ['SN'] };
const dakarSupervisor: Partial<Principal> = { userId: 'sup-dakar', role: 'supervisor', countries: ['SN'] };

/**
 * Issue 8, H1: a case goes to the receiving office, not to a person the sender names; a
 * supervisor there assigns it or a case manager there accepts it; inside an office only a
 * supervisor moves a case from one case manager to another.
 */
describe('Transferring a case and assigning it in the receiving office, over HTTP', () => {
  let intake: RunningService;
  let client: IntakeClient;

  beforeAll(async () => {
    intake = await startIntake();
    client = new IntakeClient(intake);
  });
  afterAll(() => intake?.close());

  const get = (path: string, who: Partial<Principal>) => client.get(path, who);
  const sensitiveSeenBy = async (caseId: string, who: Partial<Principal>) => (await get(`/cases/${caseId}`, who)).body.sensitiveWithheld === false;

  /** A refusal changes nothing. */
  async function refused(path: string, body: unknown, who: Partial<Principal>, status: number, code?: string) {
    const before = await client.head();
    const res = await client.post(path, body, who);
    expect([res.status, code && res.body.code]).toEqual([status, code]);
    expect(await client.head()).toBe(before);
    return res;
  }

  it('refuses a colleague of the same office who is not the case’s case manager, even one whose countries cover the origin (403 NOT_OWN_CASE)', async () => {
    const caseId = await client.openCase(rabat);
    await refused(`/cases/${caseId}/transfer`, forms.transfer(), rabatColleague, 403, 'NOT_OWN_CASE');
    expect(await sensitiveSeenBy(caseId, rabatColleague)).toBe(false);
  });

  it('names no receiver: a body naming one is refused (400 naming toCaseManagerId)', async () => {
    const caseId = await client.openCase(rabat);
    const res = await refused(`/cases/${caseId}/transfer`, { ...forms.transfer(), toCaseManagerId: 'cm-rabat-2' }, rabat, 400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('toCaseManagerId');
  });

  it('lets a supervisor of the office transfer a case that is not theirs', async () => {
    const caseId = await client.openCase(rabat);
    expect((await client.post(`/cases/${caseId}/transfer`, forms.transfer(), rabatSupervisor)).status).toBe(201);
  });

  describe('a case Rabat’s case manager transferred to Dakar', () => {
    let caseId: string;
    beforeAll(async () => {
      caseId = await client.openCase(rabat);
      await client.expect201(`/cases/${caseId}/transfer`, forms.transfer(), rabat);
    });

    it('waits in Dakar’s incoming list, where no case manager sees its sensitive parts; the sender has lost them', async () => {
      const incoming = await eventually(() => get('/incoming-cases', dakar), (res) => res.body.items?.some((c: { caseId: string }) => c.caseId === caseId));
      expect(incoming.body).toMatchObject({ total: expect.any(Number), limit: 50, offset: 0 });
      expect(incoming.body.items.find((c: { caseId: string }) => c.caseId === caseId)).toMatchObject({ office: 'SN', awaitingAssignment: true });
      expect(await sensitiveSeenBy(caseId, dakar)).toBe(false);
      expect(await sensitiveSeenBy(caseId, rabat)).toBe(false);
      expect(await sensitiveSeenBy(caseId, dakarSupervisor)).toBe(true);
    });

    it('is assigned by no case manager (403) and by no supervisor of the sending office (403 NOT_CASE_OFFICE)', async () => {
      await refused(`/cases/${caseId}/assignment`, { caseManagerId: 'cm-dakar' }, dakar, 403, 'ROLE_NOT_ALLOWED');
      await refused(`/cases/${caseId}/assignment`, { caseManagerId: 'cm-rabat' }, rabatSupervisor, 403, 'NOT_CASE_OFFICE');
    });

    it('is accepted by no supervisor (403) and by no case manager of the sending office (403 NOT_CASE_OFFICE)', async () => {
      await refused(`/cases/${caseId}/acceptance`, undefined, dakarSupervisor, 403, 'ROLE_NOT_ALLOWED');
      await refused(`/cases/${caseId}/acceptance`, undefined, rabat, 403, 'NOT_CASE_OFFICE');
    });

    it('becomes the case of the Dakar case manager who accepts it, and nobody else’s: a second acceptance is refused (409 CASE_ALREADY_ASSIGNED)', async () => {
      const res = await client.post(`/cases/${caseId}/acceptance`, undefined, dakar);
      expect(res.status).toBe(201);
      expect(res.body.events).toEqual(['intake.CaseAssigned']);
      expect((await client.history(caseId)).at(-1)).toMatchObject({ country: 'SN', data: { caseManagerId: 'cm-dakar', how: 'accepted', office: 'SN' } });
      await refused(`/cases/${caseId}/acceptance`, undefined, dakar2, 409, 'CASE_ALREADY_ASSIGNED');
      expect(await eventually(() => sensitiveSeenBy(caseId, dakar), Boolean)).toBe(true);
      expect((await get('/incoming-cases', dakar)).body.items.some((c: { caseId: string }) => c.caseId === caseId)).toBe(false);
    });

    it('moves to another Dakar case manager only when a Dakar supervisor reassigns it', async () => {
      const res = await client.post(`/cases/${caseId}/assignment`, { caseManagerId: 'cm-dakar-2' }, dakarSupervisor);
      expect(res.status).toBe(201);
      expect((await client.history(caseId)).at(-1)).toMatchObject({ data: { caseManagerId: 'cm-dakar-2', previousCaseManagerId: 'cm-dakar', how: 'assigned' } });
      expect(await eventually(() => sensitiveSeenBy(caseId, dakar2), Boolean)).toBe(true);
      expect(await sensitiveSeenBy(caseId, dakar)).toBe(false);
      await refused(`/cases/${caseId}/assignment`, { caseManagerId: 'cm-dakar-2' }, dakarSupervisor, 409, 'CASE_ALREADY_ASSIGNED');
    });
  });

  it('refuses a case manager taking over a colleague’s case in their own office by accepting it (409)', async () => {
    const caseId = await client.openCase(rabat);
    await refused(`/cases/${caseId}/acceptance`, undefined, { ...rabatColleague, countries: ['MA'] }, 409, 'CASE_ALREADY_ASSIGNED');
  });
});
