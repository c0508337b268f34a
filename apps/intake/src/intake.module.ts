import { intakeContract } from '@homeward/contracts/intake';
import { referralsContract } from '@homeward/contracts/referrals';
import { consumedPart, type Reaction } from '@homeward/events';
import { Module } from '@nestjs/common';
import type { ServiceDefinition } from '@homeward/platform';
import { AddressUrgentNeedController } from './address-urgent-need/address-urgent-need.http.controller';
import { AssessIndividualFactorController } from './assess-individual-factor/assess-individual-factor.http.controller';
import { AssignCaseController } from './assign-case/assign-case.http.controller';
import { CaseCommands } from './case-commands/case-commands';
import { CaseHistoryController } from './case-history/case-history.http.controller';
import { CaseHistoryHandler } from './case-history/case-history.query';
import { CounsellingSessionsController } from './counselling-sessions/counselling-sessions.http.controller';
import { SessionStepsController } from './counselling-sessions/session-steps.http.controller';
import { intakeProjections } from './projections';
import { IntakeQueriesModule } from './queries.module';
import { ChangeContactDetailsController } from './change-contact-details/change-contact-details.http.controller';
import { CorrectIdentityController } from './correct-identity/correct-identity.http.controller';
import { RecordArrivalController } from './record-arrival/record-arrival.http.controller';
import { RecordFamilyChangeController } from './record-family-change/record-family-change.http.controller';
import { RecordConsentController } from './record-consent/record-consent.http.controller';
import { RecordReturnCircumstancesController } from './record-return-circumstances/record-return-circumstances.http.controller';
import { RegisterReturneeController } from './register-returnee/register-returnee.http.controller';
import { RegisterReturneeHandler } from './register-returnee/register-returnee.handler';
import { ScreenVulnerabilityController } from './screen-vulnerability/screen-vulnerability.http.controller';
import { ShareCaseDataController } from './share-case-data/share-case-data.http.controller';
import { TransferCaseController } from './transfer-case/transfer-case.http.controller';
import { intakeResponses } from './openapi/answer';
import { EraseReturneeController } from './erase-returnee/erase-returnee.http.controller';
import { markUrgentNeedAddressedWhenReferralAcknowledged } from './reactions/referrals-reactions';

/** Write slices whose command goes straight to CaseCommands. */
const caseWriteControllers = [
  RecordArrivalController,
  CorrectIdentityController,
  ChangeContactDetailsController,
  RecordFamilyChangeController,
  TransferCaseController,
  AssignCaseController,
  RecordReturnCircumstancesController,
  CounsellingSessionsController,
  SessionStepsController,
  AssessIndividualFactorController,
  ScreenVulnerabilityController,
  AddressUrgentNeedController,
  RecordConsentController,
  ShareCaseDataController,
  EraseReturneeController,
];

@Module({
  imports: [IntakeQueriesModule],
  controllers: [RegisterReturneeController, CaseHistoryController, ...caseWriteControllers],
  providers: [CaseCommands, RegisterReturneeHandler, CaseHistoryHandler],
})
export class IntakeModule {}

export const intakeService: ServiceDefinition = {
  name: 'intake',
  port: 3001,
  module: IntakeModule,
  title: 'intake',
  projections: intakeProjections,
  publishes: intakeContract,
  // An urgent need is addressed once its emergency provider acknowledges the urgent referral.
  consumes: [consumedPart(referralsContract, ['referrals.ReferralAcknowledged'])],
  reactions: { reactions: [markUrgentNeedAddressedWhenReferralAcknowledged as Reaction], dispatcher: CaseCommands },
  responses: intakeResponses,
  // Health, disability, sexual orientation, trafficking and violence details stay in intake: it alone unwraps their key.
  keyClasses: ['personal', 'sensitive'],
};
