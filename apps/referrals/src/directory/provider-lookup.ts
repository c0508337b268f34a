import { Inject, Injectable } from '@nestjs/common';
import { providerDecider, ReferralsError, snapshotOf, type ProviderSnapshot } from '@homeward/domain';
import type { ProviderEvent, ServiceType } from '@homeward/contracts/referrals';
import { INFRASTRUCTURE, type Infrastructure } from '@homeward/platform';
import { providerStreamId } from '../referral-commands/stream-ids';
import { DIRECTORY, type DirectoryEntry } from './directory.projection';

/** How many providers of one type a lookup reads in one country: more than any office lists. */
const MAX_CANDIDATES = 200;

/**
 * The directory as a command about a case needs it: a provider as it is now (from its own stream,
 * so a suspension just recorded counts), and the active providers offering a service in a country
 * (from the directory's read model, through its index), in a stable order.
 */
@Injectable()
export class ProviderLookup {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async snapshot(providerId: string): Promise<ProviderSnapshot> {
    const history = await this.infra.store.readStream(providerStreamId(providerId));
    const state = history.reduce((s, e) => providerDecider.evolve(s, e as unknown as ProviderEvent), providerDecider.initialState());
    const found = snapshotOf(state);
    if (!found) throw new ReferralsError('PROVIDER_NOT_FOUND', `No provider ${providerId} in the directory`, 'providerId');
    return found;
  }

  async activeOffering(country: string, serviceType: ServiceType): Promise<ProviderSnapshot[]> {
    const entries = await this.infra.readModels.find<DirectoryEntry>(DIRECTORY, { offers: `${country}:${serviceType}` }, { limit: MAX_CANDIDATES });
    return entries
      .filter((e) => e.status === 'active')
      .sort((a, b) => a.registeredAt.localeCompare(b.registeredAt) || a.providerId.localeCompare(b.providerId))
      .map(({ providerId, status, profile }) => snapshotOf({ providerId, status, profile })!);
  }
}
