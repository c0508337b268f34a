import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal, UuidParam, RecordsAccess } from '@homeward/platform';
import { MonitoringReader } from '../monitoring-commands/monitoring-stream';
import { answer } from '../openapi/answer';
import { MONITORING_READERS } from '../monitoring-commands/monitoring-readers';
import { caseSchedule, type CaseScheduleView } from './case-schedule';

@ApiTags('schedule')
@ApiBearerAuth()
@Controller('cases')
export class ScheduleController {
  constructor(private readonly reader: MonitoringReader) {}

  @RecordsAccess('monitoring_schedule')
  @Get(':caseId/schedule')
  @Roles(...MONITORING_READERS)
  @ApiOkResponse({ description: "The case's follow-up meetings, RSS surveys and monitoring reports, each with its day and where it stands", schema: answer('CaseSchedule') })
  @ApiNotFoundResponse({ description: 'MONITORING_NOT_FOUND: no approved plan is monitored for the case, or it is outside your countries' })
  async schedule(@UuidParam('caseId') caseId: string, @CurrentPrincipal() principal: Principal): Promise<CaseScheduleView> {
    return caseSchedule(caseId, await this.reader.monitoredFor(caseId, principal));
  }
}
