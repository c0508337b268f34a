import type { ProviderArea, ProviderContact, ProviderService, ProviderSuspensionReason } from '@homeward/contracts/referrals';
import type { Page } from '@homeward/platform';
import type { DirectoryEntry } from './directory.projection';

/** A provider of the directory as the API answers it: its profile, whether it takes referrals, since when. */
export interface ProviderView {
  providerId: string;
  name: string;
  country: string;
  areas: ProviderArea[];
  services: ProviderService[];
  contact: ProviderContact;
  /** A suspended provider takes no new referrals. */
  status: 'active' | 'suspended';
  /** While suspended: why, and since when. */
  suspension?: { reason: ProviderSuspensionReason; suspendedAt: string };
  registeredAt: string;
  updatedAt: string;
}

export type DirectoryPage = Page<ProviderView>;

/** The entry without the keys its indexes go through. */
export const viewOf = ({ providerId, status, profile, suspension, registeredAt, updatedAt }: DirectoryEntry): ProviderView => ({
  providerId,
  status,
  ...profile,
  ...(suspension ? { suspension } : {}),
  registeredAt,
  updatedAt,
});
