import { Body, Controller, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IntakeError } from '@homeward/domain';
import { CurrentPrincipal, INFRASTRUCTURE, type Infrastructure, type Principal, UuidParam } from '@homeward/platform';
import { CaseCommands, type CaseCommandResult } from '../case-commands/case-commands';
import { CaseWrite } from '../case-commands/case-write.decorator';
import { duplicatesShownTo } from '../register-returnee/likely-duplicates';
import { duplicatesAfterCorrection } from './corrected-identity';
import { CorrectIdentityRequest } from './correct-identity.request.dto';

@ApiTags('cases')
@Controller('cases')
export class CorrectIdentityController {
  constructor(
    private readonly cases: CaseCommands,
    @Inject(INFRASTRUCTURE) private readonly infra: Infrastructure,
  ) {}

  /**
   * A correction is a new event with its reason; what was first recorded stays in the history.
   * One that makes the record read like another returnee's is refused as a likely duplicate
   * (409 LIKELY_DUPLICATE, as at registration) unless it says why in duplicateOverride.
   */
  @CaseWrite(':caseId/identity-corrections', 'Identity corrected')
  async correct(@UuidParam('caseId') caseId: string, @Body() request: CorrectIdentityRequest, @CurrentPrincipal() principal: Principal): Promise<CaseCommandResult> {
    const derivedIds = { screeningId: this.cases.newId(), needId: this.cases.newId() };
    const duplicates = await duplicatesAfterCorrection(this.infra.readModels, caseId, request);
    try {
      return await this.cases.execute(principal, {
        type: 'CorrectIdentity',
        data: { ...request, caseId, likelyDuplicates: duplicates.map((d) => d.caseId), derivedIds },
      });
    } catch (error) {
      if (error instanceof IntakeError && error.code === 'LIKELY_DUPLICATE') {
        throw new IntakeError(error.code, error.message, error.field, duplicatesShownTo(principal, duplicates));
      }
      throw error;
    }
  }
}
