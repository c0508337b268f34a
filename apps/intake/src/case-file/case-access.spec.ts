import type { Principal } from '@homeward/platform';
import { asSeenBy, maySeeSensitive } from './case-access';
import type { CaseFile } from './case-file.document';

const file = { case: { caseManagerId: 'cm-7', office: 'MA', hostCountry: 'MA', countryOfOrigin: 'SN' } } as CaseFile;
const who = (role: Principal['role'], userId: string, countries: string[]): Principal => ({ role, userId, countries });

describe('Who may see a case file’s sensitive fields', () => {
  it.each([
    ['the case’s own case manager', who('case_manager', 'cm-7', ['MA']), true],
    ['another case manager of the same office', who('case_manager', 'cm-8', ['MA']), false],
    ['a supervisor of the office holding the case', who('supervisor', 'sup-1', ['MA']), true],
    ['a supervisor of the country of origin before transfer', who('supervisor', 'sup-2', ['SN']), false],
    ['a global supervisor', who('supervisor', 'sup-3', ['*']), true],
    ['an auditor', who('auditor', 'aud-1', ['SN']), true],
    ['an M&E officer', who('me_officer', 'me-1', ['*']), false],
    ['a service provider', who('service_provider', 'sp-1', ['MA']), false],
    ['a data analyst', who('data_analyst', 'da-1', ['*']), false],
  ])('%s: %s', (_label, principal, allowed) => {
    expect(maySeeSensitive(principal, file)).toBe(allowed);
  });

  it('follows a transfer: the new office’s supervisor and case manager, not the old case manager', () => {
    const transferred = { case: { ...file.case, office: 'SN', caseManagerId: 'cm-dakar' } } as CaseFile;
    expect(maySeeSensitive(who('supervisor', 'sup-2', ['SN']), transferred)).toBe(true);
    expect(maySeeSensitive(who('case_manager', 'cm-dakar', ['SN']), transferred)).toBe(true);
    expect(maySeeSensitive(who('case_manager', 'cm-7', ['MA']), transferred)).toBe(false);
    expect(maySeeSensitive(who('supervisor', 'sup-1', ['MA']), transferred)).toBe(false);
  });

  it('drops `sensitive` from the view of someone who may not see it, and says it was withheld', () => {
    const full = { ...file, sensitive: { individualFactors: { current: [], history: [] }, screenings: [] } } as unknown as CaseFile;
    expect(asSeenBy(who('case_manager', 'cm-8', ['MA']), full)).toEqual({ case: file.case, sensitiveWithheld: true });
    expect(asSeenBy(who('auditor', 'aud-1', ['*']), full)).toMatchObject({ sensitive: full.sensitive, sensitiveWithheld: false });
  });
});
