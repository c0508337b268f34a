import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { uuidv7 } from '@homeward/events';
import { CurrentPrincipal, type Principal } from '@homeward/platform';
import { CaseCommands, type CaseCommandResult } from '../case-commands/case-commands';
import { CaseWrite } from '../case-commands/case-write.decorator';
import { UuidParam } from '../uuid-param';
import { CorrectIdentityRequest } from './correct-identity.request.dto';

@ApiTags('cases')
@Controller('cases')
export class CorrectIdentityController {
  constructor(private readonly cases: CaseCommands) {}

  /** A correction is a new event with its reason; what was first recorded stays in the history. */
  @CaseWrite(':caseId/identity-corrections', 'Identity corrected')
  correct(@UuidParam('caseId') caseId: string, @Body() request: CorrectIdentityRequest, @CurrentPrincipal() principal: Principal): Promise<CaseCommandResult> {
    const derivedIds = { screeningId: uuidv7(), needId: uuidv7() };
    return this.cases.execute(principal, { type: 'CorrectIdentity', data: { ...request, caseId, derivedIds } });
  }
}
