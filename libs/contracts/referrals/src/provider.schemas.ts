import { SEXES } from '@homeward/contracts/intake';
import type { EventDefinition } from '@homeward/events/catalogue';
import { closed, count, countryCode, enumOf, id, isoDateTime, label, languageCode, listOf, setOf, text } from '@homeward/events/catalogue';
import { MAX_PROVIDER_AREAS, MAX_PROVIDER_SERVICES, PROVIDER_SUSPENSION_REASONS, SERVICE_TYPES } from './vocabulary';

const age = count(130);

const service = closed(
  {
    serviceType: enumOf(SERVICE_TYPES),
    eligibility: closed({ minAge: age, maxAge: age, sexes: setOf(SEXES), notes: text(1000) }),
    languages: { type: 'array', items: languageCode, maxItems: 20, uniqueItems: true },
    capacityPerMonth: count(100_000),
    openingHours: text(300),
  },
  ['serviceType', 'languages'],
);

/** A provider's profile: organisational data only, so no part of it is personal. */
const profile = {
  name: label(200),
  country: countryCode,
  areas: listOf(closed({ code: label(64), name: label(200) }, ['code', 'name']), MAX_PROVIDER_AREAS),
  services: listOf(service, MAX_PROVIDER_SERVICES),
  contact: closed({ phone: label(40), email: label(254), address: text(500) }),
};
const profileFields = ['name', 'country', 'areas', 'services', 'contact'];

/** The service directory (service mapping): providers, what they offer, where, to whom, and whether they take referrals now. */
export const referralsProviderEvents: EventDefinition[] = [
  {
    type: 'referrals.ProviderRegistered',
    context: 'referrals',
    description:
      'A provider organisation joined the directory: its name, country, the areas it serves, each service it offers (type, eligibility, languages, capacity, opening hours) and its contact. Organisational data, no personal data.',
    versions: { 1: closed({ providerId: id, ...profile, registeredAt: isoDateTime }, ['providerId', ...profileFields, 'registeredAt']) },
  },
  {
    type: 'referrals.ProviderUpdated',
    context: 'referrals',
    description: "A provider's whole profile as it now is (not a change to it), in the shape of its registration. No personal data.",
    versions: { 1: closed({ providerId: id, ...profile, updatedAt: isoDateTime }, ['providerId', ...profileFields, 'updatedAt']) },
  },
  {
    type: 'referrals.ProviderSuspended',
    context: 'referrals',
    description: 'The provider takes no new referrals until reactivated, with the reason (a code and a note about the organisation). No personal data.',
    versions: {
      1: closed({ providerId: id, reason: enumOf(PROVIDER_SUSPENSION_REASONS), note: text(1000), suspendedAt: isoDateTime }, ['providerId', 'reason', 'suspendedAt']),
    },
  },
  {
    type: 'referrals.ProviderReactivated',
    context: 'referrals',
    description: 'A suspended provider takes referrals again. No personal data.',
    versions: { 1: closed({ providerId: id, reactivatedAt: isoDateTime }, ['providerId', 'reactivatedAt']) },
  },
];
