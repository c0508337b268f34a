import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, UuidParam } from '@homeward/platform';
import { CaseDetailsReader } from '../case-details/case-details.reader';
import { ProviderLookup } from '../directory/provider-lookup';
import { ReferralCommands, type ReferralCommandResult } from '../referral-commands/referral-commands';
import { ReferralWrite } from '../referral-commands/referral-write.decorator';
import { RequestReferralRequest } from './request-referral.request.dto';

@ApiTags('referrals')
@Controller('cases')
export class RequestReferralController {
  constructor(
    private readonly commands: ReferralCommands,
    private readonly cases: CaseDetailsReader,
    private readonly directory: ProviderLookup,
  ) {}

  /** Requested: nothing leaves yet; the sending passes the consent gate. */
  @ReferralWrite(':caseId/referrals', 'Referral requested; referralId names it', { answers: 'ReferralRequested' })
  async request(@UuidParam('caseId') caseId: string, @Body() request: RequestReferralRequest, @CurrentPrincipal() principal: Principal): Promise<ReferralCommandResult & { referralId: string }> {
    const { office } = await this.cases.officeHolding(caseId, principal);
    const provider = await this.directory.snapshot(request.providerId);
    const referralId = this.commands.newId();
    const data = { caseId, referralId, source: { kind: 'case_manager' as const }, serviceType: request.serviceType, provider, office, ...(request.note ? { note: request.note } : {}) };
    return { ...(await this.commands.execute(principal, { type: 'RequestReferral', data })), referralId };
  }
}
