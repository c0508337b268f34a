import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { CurrentPrincipal, Roles, UuidParam, type Principal, RecordsAccess } from '@homeward/platform';
import { PLAN_READERS } from '../plan-scope';
import { answer } from '../openapi/answer';
import { DiffPlanVersionsQuery, type PlanVersionsDiffView } from './diff-plan-versions.query';
import { GetPlanQuery, type PlanDetailView } from './get-plan.query';

/** Far above any plan's count of versions; a version beyond it is refused before the plan is read. */
const MAX_VERSION = 10_000;

export class DiffParams {
  @ApiProperty({ example: 1, minimum: 1, maximum: MAX_VERSION, description: 'One version' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  from!: number;

  @ApiProperty({ example: 2, minimum: 1, maximum: MAX_VERSION, description: 'The other: the earlier of the two is read first, whichever is named first' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  to!: number;
}

@ApiTags('plans')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'PLAN_NOT_FOUND: no plan for this case, or one outside your countries; PLAN_VERSION_NOT_FOUND: the plan has no such version' })
@Controller('plans')
export class PlanDetailController {
  constructor(private readonly queries: QueryBus) {}

  @RecordsAccess('plan')
  @Get(':caseId')
  @Roles(...PLAN_READERS)
  @ApiOkResponse({ description: 'The plan: its deadline, inputs, every version with its content and stage, and the allocations with what was paid', schema: answer('PlanDetail') })
  plan(@UuidParam('caseId') caseId: string, @CurrentPrincipal() principal: Principal): Promise<PlanDetailView> {
    return this.queries.execute(new GetPlanQuery(principal, caseId));
  }

  @RecordsAccess('plan')
  @Get(':caseId/diff')
  @Roles(...PLAN_READERS)
  @ApiOkResponse({ description: 'What the later of two versions changes in the earlier: elements added, removed and changed field by field, and the arrangements', schema: answer('PlanVersionsDiff') })
  diff(@UuidParam('caseId') caseId: string, @Query() params: DiffParams, @CurrentPrincipal() principal: Principal): Promise<PlanVersionsDiffView> {
    return this.queries.execute(new DiffPlanVersionsQuery(principal, caseId, params.from, params.to));
  }
}
