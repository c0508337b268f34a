import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal, RecordsAccess } from '@homeward/platform';
import { UrgentCasesQuery, type UrgentCaseItem } from './urgent-cases.query';
import { UrgentCasesParams } from './urgent-cases.request.dto';
import { answer } from '../openapi/answer';

@ApiTags('urgent-cases')
@ApiBearerAuth()
@Controller('urgent-cases')
export class UrgentCasesController {
  constructor(private readonly queries: QueryBus) {}

  @RecordsAccess('urgent_cases', { answer: 'caseId' })
  @Get()
  @Roles('case_manager', 'supervisor', 'auditor')
  @ApiOkResponse({ description: 'Open urgent needs of the cases your offices hold, up to `limit`: life-threatening first, then the oldest', schema: answer('UrgentCases') })
  urgentCases(@Query() params: UrgentCasesParams, @CurrentPrincipal() principal: Principal): Promise<UrgentCaseItem[]> {
    return this.queries.execute(new UrgentCasesQuery(principal, params.limit ?? 100));
  }
}
