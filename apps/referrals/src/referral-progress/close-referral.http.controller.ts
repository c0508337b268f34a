import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, UuidParam } from '@homeward/platform';
import { CaseDetailsReader } from '../case-details/case-details.reader';
import { ReferralCommands, type ReferralCommandResult } from '../referral-commands/referral-commands';
import { ApiReferralIdParam, ReferralIdParam } from '../referral-commands/referral-params';
import { ReferralWrite } from '../referral-commands/referral-write.decorator';
import { CloseReferralRequest, RecordFollowUpRequest } from './referral-progress.request.dto';

/** The case manager's part once the service is given: the follow-up with the returnee, then the closure. */
@ApiTags('referrals')
@Controller('referrals')
export class CloseReferralController {
  constructor(
    private readonly commands: ReferralCommands,
    private readonly cases: CaseDetailsReader,
  ) {}

  @ReferralWrite(':caseId/:referralId/follow-ups', 'Follow-up recorded')
  @ApiReferralIdParam()
  async followUp(@UuidParam('caseId') caseId: string, @ReferralIdParam() referralId: string, @Body() request: RecordFollowUpRequest, @CurrentPrincipal() principal: Principal): Promise<ReferralCommandResult> {
    await this.cases.officeHolding(caseId, principal);
    const { outcome, followedUpOn, notes } = request;
    return this.commands.execute(principal, { type: 'RecordFollowUp', data: { caseId, referralId, outcome, followedUpOn, ...(notes ? { notes } : {}) } });
  }

  @ReferralWrite(':caseId/:referralId/closure', 'Referral closed')
  @ApiReferralIdParam()
  async close(@UuidParam('caseId') caseId: string, @ReferralIdParam() referralId: string, @Body() request: CloseReferralRequest, @CurrentPrincipal() principal: Principal): Promise<ReferralCommandResult> {
    await this.cases.officeHolding(caseId, principal);
    return this.commands.execute(principal, { type: 'CloseReferral', data: { caseId, referralId, reason: request.reason, ...(request.note ? { note: request.note } : {}) } });
  }
}
