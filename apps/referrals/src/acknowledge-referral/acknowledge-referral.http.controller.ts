import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, UuidParam, type Principal } from '@homeward/platform';
import { answer } from '../openapi/answer';
import { ReferralCommands, type ReferralCommandResult } from '../referral-commands/referral-commands';
import { ApiReferralIdParam, ReferralIdParam } from '../referral-commands/referral-params';

@ApiTags('urgent referrals')
@ApiBearerAuth()
@Controller('referrals')
export class AcknowledgeReferralController {
  constructor(private readonly referrals: ReferralCommands) {}

  /**
   * The provider says it has the referral: one of its own users, or the case manager who heard so
   * from it. An urgent referral's escalation clock stops, and intake, learning it from this event,
   * marks the urgent need addressed. Said again, nothing more is appended.
   */
  @Post(':caseId/:referralId/acknowledgement')
  @HttpCode(201)
  @Roles('service_provider', 'case_manager', 'supervisor')
  @ApiReferralIdParam()
  @ApiCreatedResponse({ description: "Acknowledged; the case's referrals stream version and the events appended (none if it was already)", schema: answer('ReferralCommandResult') })
  @ApiBadRequestResponse({ description: 'INVALID_INPUT naming the id that is not one' })
  @ApiForbiddenResponse({ description: 'A role that does not acknowledge referrals (ROLE_NOT_ALLOWED)' })
  @ApiNotFoundResponse({ description: "REFERRAL_NOT_FOUND: no such referral in the case, or it is outside your countries, or addressed to another provider than yours" })
  @ApiConflictResponse({ description: 'REFERRAL_NOT_SENT, REFERRAL_ENDED…: the referral is not one its provider can acknowledge now' })
  acknowledge(@UuidParam('caseId') caseId: string, @ReferralIdParam() referralId: string, @CurrentPrincipal() principal: Principal): Promise<ReferralCommandResult> {
    return this.referrals.execute(principal, { type: 'AcknowledgeReferral', data: { caseId, referralId } });
  }
}
