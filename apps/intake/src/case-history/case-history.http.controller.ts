import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';
import type { RecordedEvent } from '@homeward/events';
import { CurrentPrincipal, Roles, type Principal } from '@homeward/platform';
import { UuidParam } from '../uuid-param';
import { CaseHistoryQuery } from './case-history.query';

export class CaseHistoryParams {
  @ApiPropertyOptional({ example: '2026-11-23T12:00:00Z', description: 'Replay the case as recorded at this instant' })
  @IsOptional()
  @IsISO8601({ strict: true })
  asOf?: string;
}

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CaseHistoryController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':caseId/history')
  @Roles('auditor', 'supervisor')
  history(
    @UuidParam('caseId') caseId: string,
    @Query() params: CaseHistoryParams,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RecordedEvent[]> {
    return this.queries.execute(new CaseHistoryQuery(caseId, principal, params.asOf ? new Date(params.asOf) : undefined));
  }
}
