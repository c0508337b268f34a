import type { ProviderEvent, ProviderProfile } from '@homeward/contracts/referrals';
import type { Projection } from '@homeward/events';

/** A provider of the directory as its lists and lookups read it: the profile, and the keys its indexes go through. */
export interface DirectoryEntry {
  providerId: string;
  status: 'active' | 'suspended';
  profile: ProviderProfile;
  country: string;
  name: string;
  /** `<country>:<service type>` for each service it offers: who offers this, here, in one index. */
  offers: string[];
  /** `<country>:<area code>` for each area it serves. */
  serves: string[];
  /** The languages any of its services is given in. */
  languages: string[];
  registeredAt: string;
  updatedAt: string;
}

export const DIRECTORY = 'directory';

const keysOf = (profile: ProviderProfile) => ({
  country: profile.country,
  name: profile.name,
  offers: [...new Set(profile.services.map((s) => `${profile.country}:${s.serviceType}`))],
  serves: profile.areas.map((a) => `${profile.country}:${a.code}`),
  languages: [...new Set(profile.services.flatMap((s) => s.languages))],
});

/** The service directory (service mapping), one document per provider organisation, from the directory's streams. */
export const directoryProjection: Projection<DirectoryEntry, ProviderEvent> = {
  name: 'referrals.directory',
  collection: DIRECTORY,
  indexes: [
    { fields: ['offers'], multiValued: true },
    { fields: ['serves'], multiValued: true },
    { fields: ['languages'], multiValued: true },
    { fields: ['country', 'name'] },
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
        return doc && { ...doc, status: 'suspended', updatedAt: event.data.suspendedAt };
      case 'referrals.ProviderReactivated':
        return doc && { ...doc, status: 'active', updatedAt: event.data.reactivatedAt };
    }
  },
};
