import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, UuidParam } from '@homeward/platform';
import { CaseDetailsReader } from '../case-details/case-details.reader';
import { ReferralCommands, type ReferralCommandResult } from '../referral-commands/referral-commands';
import { ApiReferralIdParam, ReferralIdParam } from '../referral-commands/referral-params';
import { ReferralWrite } from '../referral-commands/referral-write.decorator';
import { AcceptReferralRequest, DeclineReferralRequest, RecordDeliveryRequest } from './referral-progress.request.dto';

/**
 * The provider's answers: by its own users (a service provider of the organisation the referral is
 * addressed to, checked on the stream by ReferralCommands), or recorded by the case's staff for a
 * provider outside the system, which received the referral as a PDF.
 */
@ApiTags('referrals')
@Controller('referrals')
export class AnswerReferralController {
  constructor(
    private readonly commands: ReferralCommands,
    private readonly cases: CaseDetailsReader,
  ) {}

  @ReferralWrite(':caseId/:referralId/acceptance', 'Referral accepted', { roles: ['service_provider', 'case_manager', 'supervisor'] })
  @ApiReferralIdParam()
  async accept(@UuidParam('caseId') caseId: string, @ReferralIdParam() referralId: string, @Body() request: AcceptReferralRequest, @CurrentPrincipal() principal: Principal): Promise<ReferralCommandResult> {
    await this.staffOfTheOffice(caseId, principal);
    return this.commands.execute(principal, { type: 'AcceptReferral', data: { caseId, referralId, ...(request.startOn ? { startOn: request.startOn } : {}) } });
  }

  @ReferralWrite(':caseId/:referralId/decline', 'Referral declined, with the reason', { roles: ['service_provider', 'case_manager', 'supervisor'] })
  @ApiReferralIdParam()
  async decline(@UuidParam('caseId') caseId: string, @ReferralIdParam() referralId: string, @Body() request: DeclineReferralRequest, @CurrentPrincipal() principal: Principal): Promise<ReferralCommandResult> {
    await this.staffOfTheOffice(caseId, principal);
    return this.commands.execute(principal, { type: 'DeclineReferral', data: { caseId, referralId, reason: request.reason, ...(request.note ? { note: request.note } : {}) } });
  }

  /** The provider reports the service given; or the case manager records it. */
  @ReferralWrite(':caseId/:referralId/delivery', 'Service delivery recorded', { roles: ['service_provider', 'case_manager', 'supervisor'] })
  @ApiReferralIdParam()
  async delivered(@UuidParam('caseId') caseId: string, @ReferralIdParam() referralId: string, @Body() request: RecordDeliveryRequest, @CurrentPrincipal() principal: Principal): Promise<ReferralCommandResult> {
    await this.staffOfTheOffice(caseId, principal);
    return this.commands.execute(principal, { type: 'RecordServiceDelivery', data: { caseId, referralId, deliveredOn: request.deliveredOn, ...(request.note ? { note: request.note } : {}) } });
  }

  /** Staff write for the office holding the case; a provider's user is judged on the referral itself. */
  private async staffOfTheOffice(caseId: string, principal: Principal): Promise<void> {
    if (principal.role !== 'service_provider') await this.cases.officeHolding(caseId, principal);
  }
}
