import type { Provider, Type } from '@nestjs/common';
import { AcknowledgeReferralController } from './acknowledge-referral/acknowledge-referral.http.controller';
import { ProviderLookup } from './directory/provider-lookup';
import { ReferralCommands } from './referral-commands/referral-commands';
import { returneeDataProvider } from './urgent-referrals/returnee-data';
import { urgentReferralConfigProvider } from './urgent-referrals/urgent-referral.config';
import { reactionInputResolverProvider } from './urgent-referrals/urgent-referral.resolver';

/** The write side of referrals: each slice's controller, and the providers they share. */
export const referralWriteControllers: Type[] = [AcknowledgeReferralController];
export const referralWriteProviders: Type[] = [ReferralCommands, ProviderLookup];
/** What the dispatcher looks up before an urgent referral's command runs, and the programme's time to acknowledge. */
export const urgentReferralProviders: Provider[] = [reactionInputResolverProvider, returneeDataProvider, urgentReferralConfigProvider];
