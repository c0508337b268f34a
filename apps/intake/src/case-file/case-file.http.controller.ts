import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles, UuidParam, RecordsAccess } from '@homeward/platform';
import type { CaseFileView } from './case-access';
import { GetCaseFileQuery } from './get-case-file.query';
import { IndividualFactorsQuery, type IndividualFactorsView } from './individual-factors.query';
import { answer } from '../openapi/answer';

const WITHHELD =
  'Health, disability, sexual orientation, trafficking and violence, what was said at the vulnerabilities step and how urgent needs were met are in `sensitive` only for the case manager of the case, a supervisor of its office and auditors; others get sensitiveWithheld: true';

/** For the people who help the returnee. M&E officers work from monitoring's own read models, never from this file. */
@ApiTags('cases')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'A role that may not read case files, or OUT_OF_COUNTRY_SCOPE' })
@ApiNotFoundResponse({ description: 'CASE_NOT_FOUND' })
@Controller('cases')
export class CaseFileController {
  constructor(private readonly queries: QueryBus) {}

  @RecordsAccess('case_file')
  @Get(':caseId')
  @Roles('case_manager', 'supervisor', 'auditor')
  @ApiOkResponse({ description: `The case file. ${WITHHELD}`, schema: answer('CaseFile') })
  caseFile(@UuidParam('caseId') caseId: string, @CurrentPrincipal() principal: Principal): Promise<CaseFileView> {
    return this.queries.execute(new GetCaseFileQuery(caseId, principal));
  }

  @RecordsAccess('individual_factors')
  @Get(':caseId/individual-factors')
  @Roles('case_manager', 'supervisor', 'auditor')
  @ApiOkResponse({ description: `The current profile (one entry per factor) and every assessment in order. ${WITHHELD}`, schema: answer('IndividualFactors') })
  individualFactors(@UuidParam('caseId') caseId: string, @CurrentPrincipal() principal: Principal): Promise<IndividualFactorsView> {
    return this.queries.execute(new IndividualFactorsQuery(caseId, principal));
  }
}
