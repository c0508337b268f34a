import type { PlanElementType } from '@homeward/contracts/planning';
import type { Eligibility, ProviderArea, ProviderContact, ProviderSuspensionReason, ServiceType } from '@homeward/contracts/referrals';
import type { Page } from '@homeward/platform';
import type { DirectoryEntry } from './directory.projection';

// The contract's service types (and the profile's fields with them) spelled out for the answer's schema: its
// generator does not read a list built by spreading another. The check below fails to compile the day they differ.
/** What the provider offers. */
type AnsweredServiceType = PlanElementType | 'emergency_health' | 'mental_health' | 'shelter' | 'legal_aid';
const SAME_SERVICE_TYPES: [ServiceType, AnsweredServiceType] extends [AnsweredServiceType, ServiceType] ? true : never = true;
void SAME_SERVICE_TYPES;

/** A provider of the directory as the API answers it: its profile, whether it takes referrals, since when. */
export interface ProviderView {
  providerId: string;
  name: string;
  country: string;
  areas: ProviderArea[];
  services: Array<{ serviceType: AnsweredServiceType; eligibility?: Eligibility; languages: string[]; capacityPerMonth?: number; openingHours?: string }>;
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
