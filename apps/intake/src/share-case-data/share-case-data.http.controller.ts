import { Body, Controller, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { DataCategory } from '@homeward/domain';
import { caseStreamId } from '@homeward/events';
import { CurrentPrincipal, INFRASTRUCTURE, type Infrastructure, type Principal } from '@homeward/platform';
import { CaseCommands, type CaseCommandResult } from '../case-commands/case-commands';
import { CaseWrite } from '../case-commands/case-write.decorator';
import { UuidParam } from '../uuid-param';
import { disclosurePackage } from './disclosure-package';
import { ShareCaseDataRequest } from './share-case-data.request.dto';

export type Disclosed = CaseCommandResult & { consentIds: string[]; data: Partial<Record<DataCategory, unknown>> };

@ApiTags('consent')
@Controller('cases')
export class ShareCaseDataController {
  constructor(
    private readonly cases: CaseCommands,
    @Inject(INFRASTRUCTURE) private readonly infra: Infrastructure,
  ) {}

  /**
   * Records the disclosure with the consents it relies on, then hands over the data of those
   * categories only. Without consent covering every category: 403 SHARING_NOT_CONSENTED, nothing leaves.
   */
  @CaseWrite(':caseId/disclosures', 'Disclosure recorded; data holds the consented categories', { answers: 'CaseDataShared' })
  async share(@UuidParam('caseId') caseId: string, @Body() request: ShareCaseDataRequest, @CurrentPrincipal() principal: Principal): Promise<Disclosed> {
    const { recipientId, purpose, dataCategories } = request;
    const result = await this.cases.execute(principal, { type: 'ShareCaseData', data: { caseId, recipientId, purpose, dataCategories } });
    // The case as it stood when the disclosure was recorded: a write landing just after is not part of it.
    const history = (await this.infra.store.readStream(caseStreamId(caseId))).filter((e) => e.streamVersion <= result.streamVersion);
    const shared = history.at(-1);
    const consentIds = shared?.type === 'intake.PersonalDataShared' ? (shared.data.consentIds as string[]) : [];
    return { ...result, consentIds, data: disclosurePackage(history, dataCategories) };
  }
}
