import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { DataCategory } from '@homeward/contracts/intake';
import { CurrentPrincipal, type Principal, UuidParam } from '@homeward/platform';
import { CaseCommands, written, type CaseCommandResult } from '../case-commands/case-commands';
import { CaseWrite } from '../case-commands/case-write.decorator';
import { disclosurePackage } from './disclosure-package';
import { ShareCaseDataRequest } from './share-case-data.request.dto';

export type Disclosed = CaseCommandResult & { consentIds: string[]; data: Partial<Record<DataCategory, unknown>> };

@ApiTags('consent')
@Controller('cases')
export class ShareCaseDataController {
  constructor(private readonly cases: CaseCommands) {}

  /**
   * Records the disclosure with the consents it relies on, then hands over the data of those
   * categories only. Without consent covering every category: 403 SHARING_NOT_CONSENTED, nothing leaves.
   */
  @CaseWrite(':caseId/disclosures', 'Disclosure recorded; data holds the consented categories', { answers: 'CaseDataShared' })
  async share(@UuidParam('caseId') caseId: string, @Body() request: ShareCaseDataRequest, @CurrentPrincipal() principal: Principal): Promise<Disclosed> {
    const { recipientId, purpose, dataCategories } = request;
    const result = await this.cases.handle(principal, { type: 'ShareCaseData', data: { caseId, recipientId, purpose, dataCategories } });
    // The case as it stood when the disclosure was recorded, from the write itself: a write landing just after is not part of it.
    const history = [...result.history, ...result.newEvents];
    const shared = result.newEvents.at(-1);
    const consentIds = shared?.type === 'intake.PersonalDataShared' ? (shared.data.consentIds as string[]) : [];
    return { ...written(result), consentIds, data: disclosurePackage(history, dataCategories) };
  }
}
