import type { ProviderProfile, ProviderService } from '@homeward/contracts/referrals';
import type { ProviderProfileRequest, ProviderServiceRequest } from './provider-profile.request.dto';

const defined = <T extends object>(fields: T): T => Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as T;

const service = (s: ProviderServiceRequest): ProviderService =>
  defined({
    serviceType: s.serviceType,
    eligibility: s.eligibility && defined({ minAge: s.eligibility.minAge, maxAge: s.eligibility.maxAge, sexes: s.eligibility.sexes, notes: s.eligibility.notes }),
    languages: [...s.languages],
    capacityPerMonth: s.capacityPerMonth,
    openingHours: s.openingHours,
  });

/** The request as the domain reads a profile: plain data, only what was given. */
export const profileOf = (request: ProviderProfileRequest): ProviderProfile => ({
  name: request.name,
  country: request.country,
  areas: request.areas.map(({ code, name }) => ({ code, name })),
  services: request.services.map(service),
  contact: defined({ phone: request.contact.phone, email: request.contact.email, address: request.contact.address }),
});
