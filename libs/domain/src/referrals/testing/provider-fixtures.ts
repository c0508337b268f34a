import type { ProviderEvent, ProviderProfile } from '@homeward/contracts/referrals';
import { deciderSpecification } from '../../shared/testing/decider-specification';
import type { ProviderCommand } from '../directory/provider.commands';
import { providerDecider } from '../directory/provider.decider';
import type { ProviderSnapshot } from '../directory/provider-snapshot';
import { evolveProvider, initialProviderState, type ProviderState } from '../directory/provider.state';

export const NOW = '2027-01-05T10:00:00.000Z';

/** "Given these events, when this command, then…" on one provider of the directory. */
export const givenProvider = deciderSpecification(providerDecider);
export const providerStateOf = (events: ProviderEvent[]): ProviderState => events.reduce(evolveProvider, initialProviderState());

type Input<D> = D extends unknown ? Omit<D, 'providerId'> : never;
/** A command about provider `prov-tvet`, as the Dakar office's directory manager issues it today. */
export function providerCommand<C extends ProviderCommand>(type: C['type'], data: Input<C['data']>, providerId = 'prov-tvet'): C {
  return { type, data: { providerId, ...data }, metadata: { now: NOW, today: NOW.slice(0, 10), userId: 'sup-sn-1', role: 'supervisor' } } as C;
}

/** The training centre of Dakar: pattern cutting and tailoring for adults, in French and Wolof. */
export function trainingCentre(over: Partial<ProviderProfile> = {}): ProviderProfile {
  return {
    name: 'Centre de formation professionnelle de Dakar',
    country: 'SN',
    areas: [{ code: 'SN-DK', name: 'Dakar' }],
    services: [{ serviceType: 'vocational_training', eligibility: { minAge: 18 }, languages: ['fr', 'wo'], capacityPerMonth: 12, openingHours: 'Mon–Fri 8:00–17:00' }],
    contact: { phone: '+221 33 800 11 22', email: 'accueil@cfp-dakar.sn', address: 'Route de Rufisque, Dakar' },
    ...over,
  };
}

export const registered = (profile = trainingCentre()) => [...providerDecider.decide(providerCommand('RegisterProvider', { profile }), initialProviderState())];

/** Providers as the app looks them up for a case of the Dakar office. */
export function snapshot(providerId: string, over: Partial<Omit<ProviderSnapshot, 'providerId'>> = {}): ProviderSnapshot {
  return { providerId, status: 'active', country: 'SN', areas: ['SN-DK'], services: [{ serviceType: 'vocational_training' }], ...over };
}
export const TVET = snapshot('prov-tvet', { services: [{ serviceType: 'vocational_training', eligibility: { minAge: 18 } }] });
export const CLINIC = snapshot('prov-clinic', { services: [{ serviceType: 'emergency_health' }, { serviceType: 'medical_health' }] });
export const HOSPITAL_THIES = snapshot('prov-hospital-th', { areas: ['SN-TH'], services: [{ serviceType: 'emergency_health' }] });
export const MEN_SHELTER = snapshot('prov-shelter-men', { services: [{ serviceType: 'shelter', eligibility: { sexes: ['male'] } }] });
export const WOMEN_SHELTER = snapshot('prov-shelter-women', { services: [{ serviceType: 'shelter', eligibility: { sexes: ['female'], minAge: 18 } }] });
export const SUSPENDED_CLINIC = snapshot('prov-clinic-2', { status: 'suspended', services: [{ serviceType: 'emergency_health' }] });
