import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, UuidParam } from '@homeward/platform';
import { CaseCommands, type CaseCommandResult } from '../case-commands/case-commands';
import { CaseWrite } from '../case-commands/case-write.decorator';
import { ContactDetailsRequest } from './contact-details.request.dto';

@ApiTags('cases')
@Controller('cases')
export class ChangeContactDetailsController {
  constructor(private readonly cases: CaseCommands) {}

  /** The whole set as it now is: a detail left out is no longer valid. */
  @CaseWrite(':caseId/contact-details', 'Contact details replaced')
  change(@UuidParam('caseId') caseId: string, @Body() request: ContactDetailsRequest, @CurrentPrincipal() principal: Principal): Promise<CaseCommandResult> {
    const { phone, email, address } = request;
    return this.cases.execute(principal, { type: 'ChangeContactDetails', data: { caseId, phone, email, address } });
  }
}
