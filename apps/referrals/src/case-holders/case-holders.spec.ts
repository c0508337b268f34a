import { CaseScenario, project } from '@homeward/testing/intake';
import type { Principal } from '@homeward/platform';
import type { Projection } from '@homeward/events';
import { mayHandleProtected } from './case-access';
import { caseHoldersProjection, type CaseHolder } from './case-holders.projection';

const holderOf = (scenario: CaseScenario) => project(caseHoldersProjection as Projection<CaseHolder>, scenario.events).get(scenario.caseId);
const who = (role: Principal['role'], userId: string, countries: string[]): Principal => ({ role, userId, countries });

describe('Who holds a case, from intake’s topic, and who may handle its safety plans', () => {
  it('follows the office and the case manager through a transfer and an assignment', () => {
    const awa = CaseScenario.registered({}, { userId: 'cm-7' });
    expect(holderOf(awa)).toEqual({ caseId: awa.caseId, hostCountry: 'MA', countryOfOrigin: 'SN', office: 'MA', caseManagerId: 'cm-7' });
    awa.run('TransferCase', { handoverNote: 'Returning to Dakar' });
    expect(holderOf(awa)).toEqual({ caseId: awa.caseId, hostCountry: 'MA', countryOfOrigin: 'SN', office: 'SN' });
    awa.run('AssignCase', { caseManagerId: 'cm-sn-1' }, { userId: 'sup-sn-1', role: 'supervisor' });
    expect(holderOf(awa)).toMatchObject({ office: 'SN', caseManagerId: 'cm-sn-1' });
    const [erased] = awa.erase();
    expect(holderOf(awa)?.erasedAt).toBe((erased.data as { erasedAt: string }).erasedAt);
  });

  it('gives safety plans to her own case manager and the supervisors of the office holding the case, only', () => {
    const held = { office: 'SN', caseManagerId: 'cm-sn-1' };
    expect(mayHandleProtected(who('case_manager', 'cm-sn-1', ['SN']), held)).toBe(true);
    expect(mayHandleProtected(who('supervisor', 'sup-sn-1', ['SN']), held)).toBe(true);
    expect(mayHandleProtected(who('case_manager', 'cm-sn-2', ['SN']), held)).toBe(false);
    expect(mayHandleProtected(who('case_manager', 'cm-sn-1', ['MA']), held)).toBe(false);
    expect(mayHandleProtected(who('supervisor', 'sup-ma-1', ['MA']), held)).toBe(false);
    expect(mayHandleProtected(who('auditor', 'aud-1', ['*']), held)).toBe(false);
    expect(mayHandleProtected(who('me_officer', 'me-1', ['SN']), held)).toBe(false);
    expect(mayHandleProtected(who('case_manager', 'cm-sn-1', ['SN']), { office: 'SN' })).toBe(false);
  });
});
