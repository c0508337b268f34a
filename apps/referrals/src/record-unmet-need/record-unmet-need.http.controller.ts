import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, UuidParam } from '@homeward/platform';
import { CaseDetailsReader } from '../case-details/case-details.reader';
import { CaseWrite } from '../case-details/case-write.decorator';
import { ReferralCommands, type ReferralCommandResult } from '../referral-commands/referral-commands';
import { RecordUnmetNeedRequest, UnmetNeedClosureRequest, UnmetNeedMetRequest } from './unmet-need.request.dto';

export type UnmetNeedRecordedResult = ReferralCommandResult & { unmetNeedId: string };

/** Needs no provider could meet: recorded where the case is held, tracked until met or closed (handbook 2.3.2). */
@ApiTags('unmet needs')
@Controller('cases')
export class RecordUnmetNeedController {
  constructor(
    private readonly commands: ReferralCommands,
    private readonly cases: CaseDetailsReader,
  ) {}

  @CaseWrite(':caseId/unmet-needs', 'Unmet need recorded', { answers: 'UnmetNeedWritten' })
  async record(@UuidParam('caseId') caseId: string, @Body() request: RecordUnmetNeedRequest, @CurrentPrincipal() principal: Principal): Promise<UnmetNeedRecordedResult> {
    const held = await this.cases.officeHolding(caseId, principal);
    const unmetNeedId = this.commands.newId();
    const { serviceType, area, source = 'case_manager', sourceId } = request;
    const data = { caseId, unmetNeedId, serviceType, country: held.office, source, ...(area ? { area } : {}), ...(sourceId ? { sourceId } : {}) };
    return { ...(await this.commands.execute(principal, { type: 'RecordUnmetNeed', data })), unmetNeedId };
  }

  @CaseWrite(':caseId/unmet-needs/:unmetNeedId/met', 'Unmet need met')
  async met(@UuidParam('caseId') caseId: string, @UuidParam('unmetNeedId') unmetNeedId: string, @Body() request: UnmetNeedMetRequest, @CurrentPrincipal() principal: Principal): Promise<ReferralCommandResult> {
    await this.cases.officeHolding(caseId, principal);
    return this.commands.execute(principal, { type: 'MarkUnmetNeedMet', data: { caseId, unmetNeedId, metOn: request.metOn, ...(request.referralId ? { referralId: request.referralId } : {}) } });
  }

  @CaseWrite(':caseId/unmet-needs/:unmetNeedId/closure', 'Unmet need closed')
  async close(@UuidParam('caseId') caseId: string, @UuidParam('unmetNeedId') unmetNeedId: string, @Body() request: UnmetNeedClosureRequest, @CurrentPrincipal() principal: Principal): Promise<ReferralCommandResult> {
    await this.cases.officeHolding(caseId, principal);
    return this.commands.execute(principal, { type: 'CloseUnmetNeed', data: { caseId, unmetNeedId, reason: request.reason, ...(request.note ? { note: request.note } : {}) } });
  }
}
