import { ReferralsError, type ProviderSnapshot } from '@homeward/domain';
import type { CaseDetailsReader } from '../case-details/case-details.reader';
import type { ProviderLookup } from '../directory/provider-lookup';
import { CaseOfficeNotKnownYet, ReferralRequestResolver, type ReferralOfPlanElement } from './referral-request-resolver';

const TVET: ProviderSnapshot = { providerId: 'prov-tvet', status: 'active', country: 'SN', areas: ['SN-DK'], services: [{ serviceType: 'vocational_training' }] };
const directory = { snapshot: async (id: string) => (id === TVET.providerId ? TVET : Promise.reject(new ReferralsError('PROVIDER_NOT_FOUND'))) } as unknown as ProviderLookup;
const offices = (office?: string) => ({ get: async () => (office ? { caseId: 'c-1', office, countries: [office], basis: { assistanceConsents: [] } } : undefined) }) as unknown as CaseDetailsReader;
const fromPlan = (providerId = 'prov-tvet'): ReferralOfPlanElement => ({ type: 'RequestReferralOfPlanElement', data: { caseId: 'c-1', planVersion: 1, elementId: 'e-training', serviceType: 'vocational_training', providerId } });

describe("The dispatcher's look-up before a plan element's referral runs", () => {
  it('completes it with the provider as it now is, the office holding the case and a new referral id', async () => {
    const resolver = new ReferralRequestResolver(directory, offices('SN'), () => 'r-new');
    expect(await resolver.resolve(fromPlan())).toEqual({
      type: 'RequestReferral',
      data: { caseId: 'c-1', referralId: 'r-new', source: { kind: 'plan_element', planVersion: 1, elementId: 'e-training' }, serviceType: 'vocational_training', provider: TVET, office: 'SN' },
    });
  });

  it('waits (an error to retry, not a refusal) while intake has not said which office holds the case', async () => {
    await expect(new ReferralRequestResolver(directory, offices(), () => 'r-new').resolve(fromPlan())).rejects.toBeInstanceOf(CaseOfficeNotKnownYet);
  });

  it('lets the domain refuse a provider the directory does not hold', async () => {
    await expect(new ReferralRequestResolver(directory, offices('SN'), () => 'r-new').resolve(fromPlan('prov-gone'))).rejects.toMatchObject({ code: 'PROVIDER_NOT_FOUND', status: 404 });
  });

  it('hands on a command that needs nothing looked up as it is', async () => {
    const note = { type: 'NoteConsent', data: { caseId: 'c-1', consentId: 'k-1', purpose: 'referral', decision: 'withdrawn', withdrawnOn: '2027-01-01' } } as const;
    expect(await new ReferralRequestResolver(directory, offices(), () => 'r-new').resolve(note as never)).toBe(note);
  });
});
