import { PLAN_ELEMENT_TYPES } from '@homeward/contracts/planning';
import { catalogueOf } from '@homeward/events';
import { PROVIDER_EVENT_TYPES } from './provider.events';
import { referralsContract } from './referrals.contract';
import { REFERRALS_EVENT_TYPES } from './referrals-stream.events';
import { SERVICE_TYPES } from './vocabulary';

describe("Referrals' contract", () => {
  const catalogue = catalogueOf([referralsContract]);

  it('has a v1 schema for every event of the provider and referrals streams, and no other', () => {
    expect(referralsContract.events.map((e) => e.type).sort()).toEqual([...PROVIDER_EVENT_TYPES, ...REFERRALS_EVENT_TYPES].sort());
    for (const definition of referralsContract.events) {
      expect(definition).toMatchObject({ context: 'referrals', versions: { 1: expect.any(Object) } });
      expect(definition.type.startsWith('referrals.')).toBe(true);
    }
  });

  it("offers every plan element type of Annex 3, so a plan element is referred to a provider of its own type, and the emergency services", () => {
    expect(SERVICE_TYPES).toEqual([...PLAN_ELEMENT_TYPES, 'emergency_health', 'mental_health', 'shelter', 'legal_aid']);
  });

  it("seals safety plans and relocations under referrals' own sensitive class (protection), always: intake's sensitive key is intake's alone", () => {
    expect(catalogue.keyClassOf({ type: 'referrals.SafetyPlanRecorded', data: { personal: {} } })).toBe('protection');
    expect(catalogue.keyClassOf({ type: 'referrals.RelocationDecided', data: { personal: {} } })).toBe('protection');
  });

  it('seals what a referral shares under the protection key where the domain marked it so (a health service), else the personal key', () => {
    expect(catalogue.keyClassOf({ type: 'referrals.ReferralSent', data: { serviceType: 'mental_health', sensitive: true, personal: {} } })).toBe('protection');
    expect(catalogue.keyClassOf({ type: 'referrals.ReferralSent', data: { serviceType: 'vocational_training', personal: {} } })).toBe('personal');
    expect(catalogue.keyClassOf({ type: 'referrals.ReferralDeclined', data: { personal: { note: 'x' } } })).toBe('personal');
  });

  it("never seals anything under intake's sensitive class", () => {
    expect(referralsContract.events.filter((d) => d.sensitive && d.sensitiveKeyClass !== 'protection').map((d) => d.type)).toEqual([]);
  });
});
