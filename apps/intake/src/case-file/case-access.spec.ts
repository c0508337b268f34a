import { InMemoryReadModelStore } from '@homeward/events';
import type { Principal } from '@homeward/platform';
import { asSeenBy, maySeeSensitive, readableCaseFile } from './case-access';
import { CASE_FILE, type CaseFile } from './case-file.document';

const file = { case: { caseManagerId: 'cm-7', office: 'MA', hostCountry: 'MA', countryOfOrigin: 'SN' } } as CaseFile;
const who = (role: Principal['role'], userId: string, countries: string[]): Principal => ({ role, userId, countries });

describe('Who may see a case file’s sensitive fields', () => {
  it.each([
    ['the case’s own case manager', who('case_manager', 'cm-7', ['MA']), true],
    ['another case manager of the same office', who('case_manager', 'cm-8', ['MA']), false],
    ['the case’s own case manager id, but a scope without the office', who('case_manager', 'cm-7', ['SN']), false],
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

  it('does not let a sending case manager who named themselves receiver keep the sensitive parts', () => {
    const toThemselves = { case: { ...file.case, office: 'SN', caseManagerId: 'cm-7' } } as CaseFile;
    expect(maySeeSensitive(who('case_manager', 'cm-7', ['MA']), toThemselves)).toBe(false);
  });

  it('drops `sensitive` from the view of someone who may not see it, and says it was withheld', () => {
    const full = { ...file, sensitive: { individualFactors: { current: [], history: [] }, screenings: [], sessionSteps: [], urgentNeedNotes: [] } } as unknown as CaseFile;
    expect(asSeenBy(who('case_manager', 'cm-8', ['MA']), full)).toEqual({ case: file.case, sensitiveWithheld: true });
    expect(asSeenBy(who('auditor', 'aud-1', ['*']), full)).toMatchObject({ sensitive: full.sensitive, sensitiveWithheld: false });
  });
});

describe('Reading a case file', () => {
  const readModels = new InMemoryReadModelStore();
  beforeAll(() => readModels.put(CASE_FILE, 'c-1', { ...file, caseId: 'c-1' }, 1));

  it('refuses a caller whose scope covers neither country without naming the case’s countries', async () => {
    const refused = readableCaseFile(readModels, who('case_manager', 'cm-lagos', ['NG']), 'c-1');
    await expect(refused).rejects.toMatchObject({ response: { code: 'OUT_OF_COUNTRY_SCOPE', message: 'This case is outside your country scope' } });
    await expect(refused).rejects.not.toMatchObject({ response: { message: expect.stringMatching(/MA|SN/) } });
  });

  it('gives it to a caller of either country, and 404 for an unknown case', async () => {
    await expect(readableCaseFile(readModels, who('case_manager', 'cm-dakar', ['SN']), 'c-1')).resolves.toMatchObject({ caseId: 'c-1' });
    await expect(readableCaseFile(readModels, who('auditor', 'aud-1', ['*']), 'c-2')).rejects.toMatchObject({ response: { code: 'CASE_NOT_FOUND' } });
  });
});
