import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { assertCountryScope, CurrentPrincipal, type Principal } from '@homeward/platform';
import { ReferralCommands, type ReferralCommandResult } from '../referral-commands/referral-commands';
import { ProviderLookup } from './provider-lookup';
import { profileOf } from './provider-profile';
import { ProviderProfileRequest } from './provider-profile.request.dto';
import { ProviderIdParam } from './provider-id.param';
import { ProviderWrite } from './provider-write.decorator';
import { SuspendProviderRequest } from './suspend-provider.request.dto';

export type ProviderRegistration = ReferralCommandResult & { providerId: string };

/** The directory kept by those who map the services of a country: register, update, suspend, reactivate. */
@ApiTags('directory')
@Controller('providers')
export class ProviderWritesController {
  constructor(
    private readonly commands: ReferralCommands,
    private readonly lookup: ProviderLookup,
  ) {}

  /** The organisation's id is minted here: it is the directory's id, and the recipient id its consents will name. */
  @ProviderWrite('', 'Provider registered, taking referrals at once', { answers: 'ProviderRegistered' })
  async register(@Body() request: ProviderProfileRequest, @CurrentPrincipal() principal: Principal): Promise<ProviderRegistration> {
    const profile = profileOf(request);
    assertCountryScope(principal, profile.country);
    const providerId = this.commands.newId();
    return { ...(await this.commands.executeOnDirectory(principal, { type: 'RegisterProvider', data: { providerId, profile } })), providerId };
  }

  @ProviderWrite(':providerId', 'Profile recorded as it now is (the same again appends nothing)', {
    method: 'PUT',
    conflicts: 'PROVIDER_COUNTRY_FIXED (a provider stays in its country), or the provider changed meanwhile',
  })
  async update(@ProviderIdParam() providerId: string, @Body() request: ProviderProfileRequest, @CurrentPrincipal() principal: Principal): Promise<ReferralCommandResult> {
    await this.assertKeeps(principal, providerId);
    return this.commands.executeOnDirectory(principal, { type: 'UpdateProvider', data: { providerId, profile: profileOf(request) } });
  }

  @ProviderWrite(':providerId/suspension', 'Provider suspended: it keeps its referrals and takes no new ones', { conflicts: 'PROVIDER_ALREADY_SUSPENDED' })
  async suspend(@ProviderIdParam() providerId: string, @Body() request: SuspendProviderRequest, @CurrentPrincipal() principal: Principal): Promise<ReferralCommandResult> {
    await this.assertKeeps(principal, providerId);
    return this.commands.executeOnDirectory(principal, { type: 'SuspendProvider', data: { providerId, reason: request.reason, ...(request.note ? { note: request.note } : {}) } });
  }

  @ProviderWrite(':providerId/reactivation', 'Provider reactivated: it takes referrals again', { conflicts: 'PROVIDER_NOT_SUSPENDED' })
  async reactivate(@ProviderIdParam() providerId: string, @CurrentPrincipal() principal: Principal): Promise<ReferralCommandResult> {
    await this.assertKeeps(principal, providerId);
    return this.commands.executeOnDirectory(principal, { type: 'ReactivateProvider', data: { providerId } });
  }

  /**
   * Only the provider's own country keeps it. Its country, read before the command, is the one the
   * command meets: a provider never moves (PROVIDER_COUNTRY_FIXED). An unknown one is a 404.
   */
  private async assertKeeps(principal: Principal, providerId: string): Promise<void> {
    const { country } = await this.lookup.snapshot(providerId);
    assertCountryScope(principal, country);
  }
}
