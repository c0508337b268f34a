import type { Sex } from '@homeward/contracts/intake';
import type { ProviderSuspensionReason, ServiceType } from './vocabulary';

/** An administrative area a provider serves, by the code the country office uses and its name. */
export interface ProviderArea {
  code: string;
  name: string;
}

/** Who a service takes: ages in whole years, inclusive; no bound, no limit. */
export interface Eligibility {
  minAge?: number;
  maxAge?: number;
  sexes?: Sex[];
  notes?: string;
}

/** One service a provider offers, in the languages it is given in. */
export interface ProviderService {
  serviceType: ServiceType;
  eligibility?: Eligibility;
  languages: string[];
  /** How many people it can take a month, if the provider says. */
  capacityPerMonth?: number;
  openingHours?: string;
}

/** How to reach the organisation: its desk, never a person's own number. */
export interface ProviderContact {
  phone?: string;
  email?: string;
  address?: string;
}

/** A provider of the directory as it now is. Organisational data: nothing here is personal. */
export interface ProviderProfile {
  name: string;
  country: string;
  areas: ProviderArea[];
  services: ProviderService[];
  contact: ProviderContact;
}

export interface ProviderRegistered {
  type: 'referrals.ProviderRegistered';
  data: ProviderProfile & { providerId: string; registeredAt: string };
}

/** The whole profile as it now is, not a change to it. */
export interface ProviderUpdated {
  type: 'referrals.ProviderUpdated';
  data: ProviderProfile & { providerId: string; updatedAt: string };
}

export interface ProviderSuspended {
  type: 'referrals.ProviderSuspended';
  data: { providerId: string; reason: ProviderSuspensionReason; note?: string; suspendedAt: string };
}

export interface ProviderReactivated {
  type: 'referrals.ProviderReactivated';
  data: { providerId: string; reactivatedAt: string };
}

/** Everything that can happen to a provider of the directory, in its one stream (`provider-<providerId>`). */
export type ProviderEvent = ProviderRegistered | ProviderUpdated | ProviderSuspended | ProviderReactivated;

/** Written as a record so that a new event in the union fails to compile until it is listed here. */
const EVERY_PROVIDER_EVENT: Record<ProviderEvent['type'], true> = {
  'referrals.ProviderRegistered': true,
  'referrals.ProviderUpdated': true,
  'referrals.ProviderSuspended': true,
  'referrals.ProviderReactivated': true,
};

export const PROVIDER_EVENT_TYPES = Object.keys(EVERY_PROVIDER_EVENT) as Array<ProviderEvent['type']>;
