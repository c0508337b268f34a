import { InMemoryReadModelStore } from '@homeward/events';
import { localisedBody, type LocalisedError, type Principal } from '@homeward/platform';
import { asSeenBy, maySeeSensitive, readableCaseFile } from './case-access';
import { CASE_FILE, type CaseFile } from './case-file.document';

const file = { case: { caseManagerId: 'cm-7', office: 'MA', hostCountry: 'MA', countryOfOrigin: 'SN' } } as CaseFile;
const holder = file.case;
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
    expect(maySeeSensitive(principal, holder)).toBe(allowed);
  });

  it('follows a transfer: while the case waits in the new office only its supervisors; then its case manager; never the old one', () => {
    const waiting = { office: 'SN' };
    expect(maySeeSensitive(who('supervisor', 'sup-2', ['SN']), waiting)).toBe(true);
    expect(maySeeSensitive(who('case_manager', 'cm-dakar', ['SN']), waiting)).toBe(false);
    expect(maySeeSensitive(who('case_manager', 'cm-7', ['MA']), waiting)).toBe(false);
    const assigned = { office: 'SN', caseManagerId: 'cm-dakar' };
    expect(maySeeSensitive(who('case_manager', 'cm-dakar', ['SN']), assigned)).toBe(true);
    expect(maySeeSensitive(who('case_manager', 'cm-7', ['MA']), assigned)).toBe(false);
    expect(maySeeSensitive(who('supervisor', 'sup-1', ['MA']), assigned)).toBe(false);
  });

  it('gives the sensitive parts to a case manager only where their scope reaches the office', () => {
    expect(maySeeSensitive(who('case_manager', 'cm-7', ['MA']), { office: 'SN', caseManagerId: 'cm-7' })).toBe(false);
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

  it('answers a caller whose scope covers neither country as it answers an unknown case: nothing tells the case exists', async () => {
    const refusal = (caseId: string) => readableCaseFile(readModels, who('case_manager', 'cm-lagos', ['NG']), caseId).then(() => { throw new Error('read'); }, (e: LocalisedError) => e);
    const [outOfScope, unknown] = [await refusal('c-1'), await refusal('c-3')];
    for (const language of ['en', 'fr'] as const) {
      expect(JSON.stringify(localisedBody(outOfScope, language)).replace('c-1', 'c-3')).toBe(JSON.stringify(localisedBody(unknown, language)));
    }
    expect(localisedBody(outOfScope, 'en')).toEqual({ statusCode: 404, code: 'CASE_NOT_FOUND', message: 'No case c-1', errors: [] });
  });

  it('gives it to a caller of either country, and 404 for an unknown case', async () => {
    await expect(readableCaseFile(readModels, who('case_manager', 'cm-dakar', ['SN']), 'c-1')).resolves.toMatchObject({ caseId: 'c-1' });
    await expect(readableCaseFile(readModels, who('auditor', 'aud-1', ['*']), 'c-2')).rejects.toMatchObject({ code: 'CASE_NOT_FOUND', status: 404 });
  });
});
