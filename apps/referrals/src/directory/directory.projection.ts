import type { ProviderEvent, ProviderProfile, ProviderSuspensionReason } from '@homeward/contracts/referrals';
import type { Projection } from '@homeward/events';

/**
 * A scope every key is also written under, besides the provider's country: a caller of every country
 * who names none searches under it, through the same indexes.
 */
export const EVERY_COUNTRY = '*';

/** A provider of the directory as its lists and lookups read it: the profile, and the keys its indexes go through. */
export interface DirectoryEntry {
  providerId: string;
  status: 'active' | 'suspended';
  profile: ProviderProfile;
  country: string;
  name: string;
  /** Why and since when it takes no referrals, while suspended (the note stays in its stream). */
  suspension?: { reason: ProviderSuspensionReason; suspendedAt: string };
  /** `<country>:<service type>` for each service it offers: who offers this, here, in one index. */
  offers: string[];
  /** `<country>:<area code>` for each area it serves. */
  serves: string[];
  /** `<country>:<service type>:<area code>`: a service offered in an area (a provider gives each of its services in each of its areas). */
  offersInArea: string[];
  /** `<country>:<service type>:<language>`: a service given in a language (each service has its own languages). */
  offersInLanguage: string[];
  /** The languages any of its services is given in. */
  languages: string[];
  registeredAt: string;
  updatedAt: string;
}

export const DIRECTORY = 'directory';

/** Each key under the provider's country and under every country: `SN:shelter` and `*:shelter`. */
const scoped = (country: string, keys: string[]) => [...new Set(keys)].flatMap((key) => [`${country}:${key}`, `${EVERY_COUNTRY}:${key}`]);

const keysOf = (profile: ProviderProfile) => {
  const types = profile.services.map((s) => s.serviceType);
  const areas = profile.areas.map((a) => a.code);
  return {
    country: profile.country,
    name: profile.name,
    offers: scoped(profile.country, types),
    serves: scoped(profile.country, areas),
    offersInArea: scoped(profile.country, types.flatMap((type) => areas.map((area) => `${type}:${area}`))),
    offersInLanguage: scoped(profile.country, profile.services.flatMap((s) => s.languages.map((language) => `${s.serviceType}:${language}`))),
    languages: [...new Set(profile.services.flatMap((s) => s.languages))],
  };
};

/** The service directory (service mapping), one document per provider organisation, from the directory's streams. */
export const directoryProjection: Projection<DirectoryEntry, ProviderEvent> = {
  name: 'referrals.directory',
  collection: DIRECTORY,
  // The search narrows through one multi-valued key (the most specific its filters make) and sorts by name
  // among those; a list of a country (at a status, or not) or of every country goes through the name indexes.
  indexes: [
    { fields: ['offers'], multiValued: true },
    { fields: ['serves'], multiValued: true },
    { fields: ['offersInArea'], multiValued: true },
    { fields: ['offersInLanguage'], multiValued: true },
    { fields: ['languages'], multiValued: true },
    { fields: ['country', 'name'] },
    { fields: ['country', 'status', 'name'] },
    { fields: ['status', 'name'] },
    { fields: ['name'] },
  ],
  handles: ['referrals.ProviderRegistered', 'referrals.ProviderUpdated', 'referrals.ProviderSuspended', 'referrals.ProviderReactivated'],
  documentId: (event) => event.data.providerId,
  evolve: (doc, event) => {
    switch (event.type) {
      case 'referrals.ProviderRegistered': {
        const { providerId, registeredAt, ...profile } = event.data;
        return { providerId, status: 'active', profile, ...keysOf(profile), registeredAt, updatedAt: registeredAt };
      }
      case 'referrals.ProviderUpdated': {
        if (!doc) return null;
        const { providerId: _id, updatedAt, ...profile } = event.data;
        return { ...doc, profile, ...keysOf(profile), updatedAt };
      }
      case 'referrals.ProviderSuspended':
        return doc && { ...doc, status: 'suspended', suspension: { reason: event.data.reason, suspendedAt: event.data.suspendedAt }, updatedAt: event.data.suspendedAt };
      case 'referrals.ProviderReactivated': {
        if (!doc) return null;
        const { suspension: _ended, ...rest } = doc;
        return { ...rest, status: 'active', updatedAt: event.data.reactivatedAt };
      }
    }
  },
};
