import { Body, Controller, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, OFFICE_CALENDAR, type OfficeCalendar, type Principal, UuidParam } from '@homeward/platform';
import { CaseDetailsReader, referralDataOf } from '../case-details/case-details.reader';
import { ProviderLookup } from '../directory/provider-lookup';
import { ReferralCommands, type ReferralCommandResult } from '../referral-commands/referral-commands';
import { ApiReferralIdParam, ReferralIdParam } from '../referral-commands/referral-params';
import { ReferralWrite } from '../referral-commands/referral-write.decorator';
import { ReferralReader } from '../referral-commands/read-referrals';
import { SendReferralRequest } from './referral-progress.request.dto';

@ApiTags('referrals')
@Controller('referrals')
export class SendReferralController {
  constructor(
    private readonly commands: ReferralCommands,
    private readonly cases: CaseDetailsReader,
    private readonly referrals: ReferralReader,
    private readonly directory: ProviderLookup,
    @Inject(OFFICE_CALENDAR) private readonly calendar: OfficeCalendar,
  ) {}

  /**
   * Through the consent gate: sent only if her consent lets this provider receive it today, and then only
   * the service type's minimum data set within it. Refused (409 REFERRAL_CONSENT_MISSING with the register's
   * reason), nothing is appended. A held referral is sent again this way, under a new consent.
   */
  @ReferralWrite(':caseId/:referralId/sending', 'Referral sent with exactly the fields the event names')
  @ApiReferralIdParam()
  async send(@UuidParam('caseId') caseId: string, @ReferralIdParam() referralId: string, @Body() request: SendReferralRequest, @CurrentPrincipal() principal: Principal): Promise<ReferralCommandResult> {
    const details = await this.cases.officeHolding(caseId, principal);
    const { providerId } = await this.referrals.referralOf(caseId, referralId);
    const provider = await this.directory.snapshot(providerId);
    // What intake shares of her now, her age on the office's day, and what the case manager adds.
    const returnee = { ...referralDataOf(details, this.calendar.today(details.office)), ...request };
    return this.commands.execute(principal, { type: 'SendReferral', data: { caseId, referralId, provider, returnee } });
  }
}
