import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, UuidParam } from '@homeward/platform';
import { CaseCommands, type CaseCommandResult } from '../case-commands/case-commands';
import { CaseWrite } from '../case-commands/case-write.decorator';
import { AssessIndividualFactorRequest } from './assess-individual-factor.request.dto';

@ApiTags('assessment')
@Controller('cases')
export class AssessIndividualFactorController {
  constructor(private readonly cases: CaseCommands) {}

  /** A new assessment of a factor appends; the latest one per factor is the current profile. Needs consent to assistance. */
  @CaseWrite(':caseId/individual-factors', 'Factor assessed')
  assess(
    @UuidParam('caseId') caseId: string,
    @Body() request: AssessIndividualFactorRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CaseCommandResult> {
    const { factor, assessment, note } = request;
    return this.cases.execute(principal, { type: 'AssessIndividualFactor', data: { caseId, factor, assessment, note } });
  }
}
