import type { Provider, Type } from '@nestjs/common';
import { AcknowledgeReferralController } from './acknowledge-referral/acknowledge-referral.http.controller';
import { CaseDetailsReader } from './case-details/case-details.reader';
import { ProviderLookup } from './directory/provider-lookup';
import { ProviderWritesController } from './directory/provider-writes.http.controller';
import { ShipExampleDirectory } from './directory/ship-example-directory';
import { ReferralCommands } from './referral-commands/referral-commands';
import { ReferralReader } from './referral-commands/read-referrals';
import { ReferralRequestResolver } from './referral-commands/referral-request-resolver';
import { AnswerReferralController } from './referral-progress/answer-referral.http.controller';
import { CloseReferralController } from './referral-progress/close-referral.http.controller';
import { SendReferralController } from './referral-progress/send-referral.http.controller';
import { RequestReferralController } from './request-referral/request-referral.http.controller';
import { returneeDataProvider } from './urgent-referrals/returnee-data';
import { urgentReferralConfigProvider } from './urgent-referrals/urgent-referral.config';
import { reactionInputResolverProvider } from './urgent-referrals/urgent-referral.resolver';
import { RecordUnmetNeedController } from './record-unmet-need/record-unmet-need.http.controller';

/** The write side of referrals: each slice's controller, and the providers they share. */
export const referralWriteControllers: Type[] = [
  RequestReferralController,
  SendReferralController,
  AcknowledgeReferralController,
  AnswerReferralController,
  CloseReferralController,
  ProviderWritesController,
  RecordUnmetNeedController,
];
// Commands about a case read the office holding it (from intake's topic) and the referral's provider (from its stream).
export const referralWriteProviders: Type[] = [ReferralCommands, ProviderLookup, CaseDetailsReader, ReferralReader, ReferralRequestResolver, ShipExampleDirectory];
/** What the dispatcher looks up before an urgent referral's command runs, and the programme's time to acknowledge. */
export const urgentReferralProviders: Provider[] = [reactionInputResolverProvider, returneeDataProvider, urgentReferralConfigProvider];
