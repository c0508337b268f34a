import { InMemoryReadModelStore } from '@homeward/events';
import type { Infrastructure, Principal } from '@homeward/platform';
import { CaseScenario, project } from '@homeward/testing/intake';
import { CASE_LIST, caseListProjection } from './case-list.projection';
import { ListCasesHandler, ListCasesQuery } from './list-cases.query';

describe("Monitoring's case list, as each role sees it", () => {
  const awa = CaseScenario.registered();
  awa.giveAssistanceConsent();
  let handler: ListCasesHandler;

  beforeAll(async () => {
    const readModels = new InMemoryReadModelStore();
    await readModels.declare(CASE_LIST, caseListProjection.indexes ?? []);
    for (const [id, doc] of project(caseListProjection, awa.events)) await readModels.put(CASE_LIST, id, doc, 1);
    handler = new ListCasesHandler({ readModels } as unknown as Infrastructure);
  });

  const seenBy = async (principal: Principal) => (await handler.execute(new ListCasesQuery(principal, undefined, { limit: 10, offset: 0 }))).items[0];

  it.each<[string, Principal]>([
    ['her own case manager', { userId: 'cm-7', role: 'case_manager', countries: ['MA'] }],
    ['a supervisor of the office holding the case', { userId: 'sup-1', role: 'supervisor', countries: ['MA'] }],
    ['an auditor', { userId: 'aud-1', role: 'auditor', countries: ['SN'] }],
  ])('shows her name to %s', async (_who, principal) => {
    expect((await seenBy(principal)).returnee).toEqual({ firstName: 'Awa', lastName: 'Diallo' });
  });

  it.each<[string, Principal]>([
    ['an M&E officer', { userId: 'me-1', role: 'me_officer', countries: ['*'] }],
    ['another case manager of the office', { userId: 'cm-8', role: 'case_manager', countries: ['MA'] }],
    ['her case manager without the office in scope', { userId: 'cm-7', role: 'case_manager', countries: ['SN'] }],
    ['a supervisor of the other country only', { userId: 'sup-2', role: 'supervisor', countries: ['SN'] }],
  ])('lists the case without her name for %s', async (_who, principal) => {
    const item = await seenBy(principal);
    expect(item.caseId).toBe(awa.caseId);
    expect(item).not.toHaveProperty('returnee');
    expect(JSON.stringify(item)).not.toContain('Diallo');
  });
});
