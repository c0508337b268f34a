import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { ReferralsError } from '@homeward/domain';
import { SERVICE_CONFIG, type Principal, type ServiceConfig } from '@homeward/platform';
import { ReferralCommands } from '../referral-commands/referral-commands';
import { EXAMPLE_DIRECTORY } from './example-directory';

/** The service itself, when it registers the example directory at start. */
const REFERRALS: Principal = { userId: 'referrals', role: 'admin', countries: ['*'] };

/**
 * A fresh embedded start can refer at once: the example providers (marked so in their names and
 * contacts) are registered at start in embedded mode only, since a deployment must never send a
 * returnee's referral, urgent ones first, to an organisation that does not exist. Each is registered
 * unless its stream exists: a restart, or an example an admin has since changed or suspended, is left as it is.
 */
@Injectable()
export class ShipExampleDirectory implements OnApplicationBootstrap {
  constructor(
    private readonly commands: ReferralCommands,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.mode !== 'embedded') return;
    await Promise.all(EXAMPLE_DIRECTORY.map(({ providerId, profile }) => this.register(providerId, profile)));
  }

  private async register(providerId: string, profile: (typeof EXAMPLE_DIRECTORY)[number]['profile']): Promise<void> {
    try {
      await this.commands.executeOnDirectory(REFERRALS, { type: 'RegisterProvider', data: { providerId, profile } });
    } catch (error) {
      if (!(error instanceof ReferralsError && error.code === 'PROVIDER_ALREADY_REGISTERED')) throw error;
    }
  }
}
