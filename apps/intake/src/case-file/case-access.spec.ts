import type { ConsentRecord } from '@homeward/domain';
import type { Principal } from '@homeward/platform';
import { asSeenBy, assertMeUseConsented, maySeeSensitive } from './case-access';
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

describe('M&E officers read a case file only under consent to M&E use', () => {
  const meOfficer = who('me_officer', 'me-1', ['*']);
  const record = (status: ConsentRecord['status'], decidedOn = '2026-11-20'): ConsentRecord => ({
    consentId: 'k-me',
    purpose: 'me_use',
    dataCategories: ['case_summary'],
    status,
    decidedOn,
    formVersion: 'v3',
    language: 'fr',
    sequence: 1,
  });
  const check = (consents: CaseFile['consents']) => () => assertMeUseConsented(meOfficer, { consents }, '2026-11-23');

  it('refuses without any such consent, after a refusal and after a withdrawal', () => {
    for (const consents of [[], [record('refused')], [record('withdrawn')]]) {
      expect(check(consents)).toThrow(expect.objectContaining({ response: expect.objectContaining({ code: 'ME_USE_NOT_CONSENTED' }) }));
    }
  });

  it('allows it under a standing consent, and never asks the case’s own staff for one', () => {
    expect(check([record('given')])).not.toThrow();
    expect(() => assertMeUseConsented(who('case_manager', 'cm-8', ['MA']), { consents: [] })).not.toThrow();
  });
});
