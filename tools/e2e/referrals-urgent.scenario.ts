import request from 'supertest';
import type { ProviderProfile } from '@homeward/contracts/referrals';
import type { RecordedEvent } from '@homeward/events';
import type { Principal, RunningService } from '@homeward/platform';
import { ProviderLookup } from '../../apps/referrals/src/directory/provider-lookup';
import { ReferralCommands } from '../../apps/referrals/src/referral-commands/referral-commands';
import { tokenFor } from '../testing/test-auth';
import { eventually } from '../testing/test-services';

/** The emergency unit of a Dakar hospital: emergency care for anyone, day and night. */
export const emergencyUnit = (name = 'Urgences de l’hôpital Le Dantec'): ProviderProfile => ({
  name,
  country: 'SN',
  areas: [{ code: 'SN-DK', name: 'Dakar' }],
  services: [{ serviceType: 'emergency_health', languages: ['fr', 'wo'], capacityPerMonth: 300, openingHours: '24/7' }],
  contact: { phone: '+221 33 889 38 00', email: 'urgences@dantec.sn', address: 'Avenue Pasteur, Dakar' },
});

export const DIRECTORY_MANAGER: Principal = { userId: 'sup-sn-dir', role: 'supervisor', countries: ['SN'] };

/** Registers a provider in the directory through the service's own commands, and waits until lookups find it. */
export async function registerEmergencyProvider(referrals: RunningService, profile = emergencyUnit()): Promise<string> {
  const commands = referrals.app.get(ReferralCommands);
  const { id } = await commands.executeOnDirectory(DIRECTORY_MANAGER, { type: 'RegisterProvider', data: { providerId: commands.newId(), profile } });
  const lookup = referrals.app.get(ProviderLookup);
  await eventually(() => lookup.activeOffering('SN', 'emergency_health'), (found) => found.some((p) => p.providerId === id), 10000);
  return id;
}

export const referralsOf = (referrals: RunningService, caseId: string): Promise<RecordedEvent[]> => referrals.infra.store.readStream(`referrals-${caseId}`);

/** Until the case's referrals stream holds an event of that type. */
export const untilReferralEvent = (referrals: RunningService, caseId: string, type: string, timeoutMs = 10000) =>
  eventually(() => referralsOf(referrals, caseId), (events) => events.some((e) => e.type === type), timeoutMs);

export async function getAs(service: RunningService, path: string, principal: Partial<Principal>) {
  return request(service.app.getHttpServer()).get(path).set('Authorization', `Bearer ${await tokenFor(principal)}`);
}

export async function postAs(service: RunningService, path: string, principal: Partial<Principal>) {
  return request(service.app.getHttpServer()).post(path).set('Authorization', `Bearer ${await tokenFor(principal)}`);
}
