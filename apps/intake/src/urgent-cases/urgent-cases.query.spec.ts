import { InMemoryReadModelStore } from '@homeward/events';
import type { Infrastructure, Principal } from '@homeward/platform';
import { CaseScenario, project } from '@homeward/testing/intake';
import { URGENT_CASES, urgentCasesProjection } from './urgent-cases.projection';
import { UrgentCasesHandler, UrgentCasesQuery } from './urgent-cases.query';

describe('Urgent cases', () => {
  const readModels = new InMemoryReadModelStore();
  const handler = new UrgentCasesHandler({ readModels } as unknown as Infrastructure);
  const supervisor: Principal = { userId: 'sup-1', role: 'supervisor', countries: ['MA'] };
  const ask = (limit: number) => handler.execute(new UrgentCasesQuery(supervisor, limit));
  const lifeThreatening = (scenario: CaseScenario, needId: string, now: string) =>
    scenario.run('RecordVulnerabilityScreening', { screeningId: `s-${needId}`, needId, area: 'physical_health', urgency: 'life_threatening' }, { now });

  beforeAll(async () => {
    await readModels.declare(URGENT_CASES, urgentCasesProjection.indexes!);
    // Three unaccompanied children (urgent) registered first, then two life-threatening needs on one case.
    const children = [1, 2, 3].map((i) => CaseScenario.registered({ dateOfBirth: '2012-05-05', lastName: `Child${i}` }, { now: `2026-11-0${i}T09:00:00.000Z` }));
    lifeThreatening(children[2], 'lt-late', '2026-11-20T09:00:00.000Z');
    lifeThreatening(children[2], 'lt-early', '2026-11-10T09:00:00.000Z');
    const elsewhere = CaseScenario.registered({ dateOfBirth: '2012-05-05', hostCountry: 'LY', countryOfOrigin: 'GM', nationality: 'GM' });
    for (const c of [...children, elsewhere]) for (const [id, doc] of project(urgentCasesProjection, c.events)) await readModels.put(URGENT_CASES, id, doc, 1);
  });

  it('answers at most `limit` needs, the most urgent of all the cases', async () => {
    const needs = await ask(3);
    expect(needs.map((n) => n.needId)).toEqual(['lt-early', 'lt-late', expect.stringMatching(/^n-derived-/)]);
    expect(needs[2].identifiedAt).toBe('2026-11-01T09:00:00.000Z');
  });

  it('tells whoever is on duty that a need exists and how urgent, and its kind only to those who may see the finding', async () => {
    const kinds = async (principal: Principal) =>
      (await handler.execute(new UrgentCasesQuery(principal, 200))).map((n) => [n.needId.replace(/^n-derived-.*/, 'child'), n.serviceNeeded ?? 'withheld']);
    const colleague: Principal = { userId: 'cm-8', role: 'case_manager', countries: ['MA'] };
    const own: Principal = { userId: 'cm-7', role: 'case_manager', countries: ['MA'] };
    expect(await kinds(colleague)).toEqual([['lt-early', 'withheld'], ['lt-late', 'withheld'], ['child', 'child_protection'], ['child', 'child_protection'], ['child', 'child_protection']]);
    expect(await kinds(own)).toEqual([['lt-early', 'medical'], ['lt-late', 'medical'], ['child', 'child_protection'], ['child', 'child_protection'], ['child', 'child_protection']]);
    expect(await kinds(supervisor)).toEqual(await kinds(own));
    expect(JSON.stringify(await handler.execute(new UrgentCasesQuery(colleague, 200)))).not.toMatch(/medical|screening/);
  });

  it('answers every open need of the offices in scope under a large limit, none of another office', async () => {
    const needs = await ask(200);
    expect(needs).toHaveLength(5);
    expect(needs.every((n) => n.office === 'MA')).toBe(true);
  });
});
