import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, UuidParam } from '@homeward/platform';
import { MonitoringCommands, type MonitoringCommandResult } from '../monitoring-commands/monitoring-commands';
import { MonitoringWrite } from '../monitoring-commands/monitoring-write.decorator';
import { CloseMonitoringRequest, ReopenMonitoringRequest } from './closure.request.dto';

@ApiTags('closure')
@Controller('cases')
export class ClosureController {
  constructor(private readonly monitoring: MonitoringCommands) {}

  /** Monitoring ends with its reason and the handover to mainstream services: what was to come is cancelled, alerts stop. */
  @MonitoringWrite(':caseId/closure', 'Monitoring closed')
  close(@UuidParam('caseId') caseId: string, @Body() request: CloseMonitoringRequest, @CurrentPrincipal() principal: Principal): Promise<MonitoringCommandResult> {
    const { reason, closedOn, handover, note } = request;
    return this.monitoring.execute(principal, {
      type: 'CloseMonitoring',
      data: { caseId, reason, closedOn, handover: handover.map(({ organisation, dimension }) => ({ organisation, dimension })), ...(note ? { note } : {}) },
    });
  }

  /** A closed case reopened, with the reason. */
  @MonitoringWrite(':caseId/reopening', 'Monitoring reopened')
  reopen(@UuidParam('caseId') caseId: string, @Body() request: ReopenMonitoringRequest, @CurrentPrincipal() principal: Principal): Promise<MonitoringCommandResult> {
    return this.monitoring.execute(principal, { type: 'ReopenMonitoring', data: { caseId, reason: request.reason } });
  }
}
