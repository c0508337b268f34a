import { snapshotOf } from './directory/provider-snapshot';
import { givenProvider, NOW, providerCommand, providerStateOf, registered, trainingCentre } from './testing/provider-fixtures';

const register = (profile = trainingCentre()) => providerCommand('RegisterProvider', { profile });
const update = (profile = trainingCentre()) => providerCommand('UpdateProvider', { profile });
const suspend = providerCommand('SuspendProvider', { reason: 'quality_concerns', note: 'Two complaints about absent trainers' });
const suspended = () => [...registered(), { type: 'referrals.ProviderSuspended' as const, data: { providerId: 'prov-tvet', reason: 'quality_concerns' as const, suspendedAt: NOW } }];

describe('The service directory maps providers by country and area, service type, eligibility, contact and languages', () => {
  it('a provider joins the directory with what it offers, where and to whom, and takes referrals at once', () => {
    const { name, country, areas, services, contact } = trainingCentre();
    givenProvider([]).when(register()).then([{ type: 'referrals.ProviderRegistered', data: { providerId: 'prov-tvet', name, country, areas, services, contact, registeredAt: NOW } }]);
    expect(providerStateOf(registered())).toMatchObject({ status: 'active', profile: { name } });
  });

  it('a provider is registered once', () => {
    givenProvider(registered()).when(register()).thenThrows('PROVIDER_ALREADY_REGISTERED', { field: 'providerId' });
  });

  it.each([
    ['offers no service', trainingCentre({ services: [] }), 'PROVIDER_HAS_NO_SERVICE'],
    ['serves no area', trainingCentre({ areas: [] }), 'PROVIDER_HAS_NO_AREA'],
    ['lists a service type twice', trainingCentre({ services: [{ serviceType: 'transport', languages: ['fr'] }, { serviceType: 'transport', languages: ['wo'] }] }), 'SERVICE_TYPE_REPEATED'],
    ['lists an area twice', trainingCentre({ areas: [{ code: 'SN-DK', name: 'Dakar' }, { code: 'SN-DK', name: 'Dakar ville' }] }), 'AREA_REPEATED'],
    ['names no language for a service', trainingCentre({ services: [{ serviceType: 'transport', languages: [] }] }), 'SERVICE_LANGUAGE_REQUIRED'],
    ['takes people from 30 to 18', trainingCentre({ services: [{ serviceType: 'transport', languages: ['fr'], eligibility: { minAge: 30, maxAge: 18 } }] }), 'AGE_BOUNDS_INVERTED'],
  ])('a profile that %s is refused', (_what, profile, code) => {
    givenProvider([]).when(register(profile)).thenThrows(code);
    givenProvider(registered()).when(update(profile)).thenThrows(code);
  });

  it('an update is the whole profile as it now is, and the same again changes nothing', () => {
    const more = trainingCentre({ services: [...trainingCentre().services, { serviceType: 'income_generating_activity', languages: ['fr'] }] });
    givenProvider(registered()).when(update(more)).thenMatches([{ type: 'referrals.ProviderUpdated', data: { providerId: 'prov-tvet', services: more.services, updatedAt: NOW } }]);
    givenProvider(registered()).when(update(structuredClone(trainingCentre()))).thenNothing();
  });

  it('a provider stays in its country', () => {
    givenProvider(registered()).when(update(trainingCentre({ country: 'GN' }))).thenThrows('PROVIDER_COUNTRY_FIXED', { field: 'country' });
  });

  it('an unknown provider is not updated, suspended or reactivated', () => {
    givenProvider([]).when(update()).thenThrows('PROVIDER_NOT_FOUND');
    givenProvider([]).when(suspend).thenThrows('PROVIDER_NOT_FOUND');
  });

  it('a suspended provider takes no referrals until reactivated, and keeps its profile', () => {
    givenProvider(registered()).when(suspend).then([
      { type: 'referrals.ProviderSuspended', data: { providerId: 'prov-tvet', reason: 'quality_concerns', note: 'Two complaints about absent trainers', suspendedAt: NOW } },
    ]);
    givenProvider(suspended()).when(suspend).thenThrows('PROVIDER_ALREADY_SUSPENDED');
    givenProvider(suspended()).when(providerCommand('ReactivateProvider', {})).then([{ type: 'referrals.ProviderReactivated', data: { providerId: 'prov-tvet', reactivatedAt: NOW } }]);
    givenProvider(registered()).when(providerCommand('ReactivateProvider', {})).thenThrows('PROVIDER_NOT_SUSPENDED');
  });

  it('an update leaves a suspended provider suspended', () => {
    const updated = [...suspended(), { type: 'referrals.ProviderUpdated' as const, data: { providerId: 'prov-tvet', ...trainingCentre({ name: 'CFP Dakar' }), updatedAt: NOW } }];
    expect(providerStateOf(updated)).toMatchObject({ status: 'suspended', profile: { name: 'CFP Dakar' } });
  });

  it('the snapshot a referral is decided on says whether the provider is active, where it works and what it offers to whom', () => {
    expect(snapshotOf(providerStateOf(suspended()))).toEqual({
      providerId: 'prov-tvet',
      status: 'suspended',
      country: 'SN',
      areas: ['SN-DK'],
      services: [{ serviceType: 'vocational_training', eligibility: { minAge: 18 } }],
    });
    expect(snapshotOf(providerStateOf([]))).toBeUndefined();
  });
});
