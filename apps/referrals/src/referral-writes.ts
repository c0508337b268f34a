import type { Type } from '@nestjs/common';
import { ProviderLookup } from './directory/provider-lookup';
import { ReferralCommands } from './referral-commands/referral-commands';

/** The write side of referrals: each slice's controller, and the providers they share. */
export const referralWriteControllers: Type[] = [];
export const referralWriteProviders: Type[] = [ReferralCommands, ProviderLookup];
