import type { Type } from '@nestjs/common';
import { ProviderLookup } from './directory/provider-lookup';
import { ReferralCommands } from './referral-commands/referral-commands';
import { CaseAccess } from './case-holders/case-access';
import { RecordUnmetNeedController } from './record-unmet-need/record-unmet-need.http.controller';

/** The write side of referrals: each slice's controller, and the providers they share. */
export const referralWriteControllers: Type[] = [RecordUnmetNeedController];
export const referralWriteProviders: Type[] = [ReferralCommands, ProviderLookup, CaseAccess];
