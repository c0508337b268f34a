import type { Type } from '@nestjs/common';
import { ProviderLookup } from './directory/provider-lookup';
import { ProviderWritesController } from './directory/provider-writes.http.controller';
import { ShipExampleDirectory } from './directory/ship-example-directory';
import { ReferralCommands } from './referral-commands/referral-commands';

/** The write side of referrals: each slice's controller, and the providers they share. */
export const referralWriteControllers: Type[] = [ProviderWritesController];
export const referralWriteProviders: Type[] = [ReferralCommands, ProviderLookup, ShipExampleDirectory];
