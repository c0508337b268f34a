import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, UuidParam } from '@homeward/platform';
import { MonitoringCommands, type MonitoringCommandResult } from '../monitoring-commands/monitoring-commands';
import { ApiFollowUpIdParam, FollowUpIdParam } from '../monitoring-commands/monitoring-request-rules';
import { MonitoringWrite } from '../monitoring-commands/monitoring-write.decorator';
import { AddFollowUpRequest, MoveFollowUpRequest } from './follow-up.request.dto';

@ApiTags('schedule')
@Controller('cases')
export class FollowUpsController {
  constructor(private readonly monitoring: MonitoringCommands) {}

  /** The frequency of meetings fits the returnee (handbook 2.3.3): a meeting or a survey added, with the reason. */
  @MonitoringWrite(':caseId/follow-ups', 'Follow-up added', { answers: 'FollowUpAdded' })
  async add(@UuidParam('caseId') caseId: string, @Body() request: AddFollowUpRequest, @CurrentPrincipal() principal: Principal): Promise<MonitoringCommandResult & { followUpId: string }> {
    const followUpId = request.followUpId ?? this.monitoring.newId();
    const written = await this.monitoring.execute(principal, { type: 'AddFollowUp', data: { caseId, followUpId, kind: request.kind, dueOn: request.dueOn, reason: request.reason } });
    return { ...written, followUpId };
  }

  /** A follow-up still to come moved to another day, with the reason. */
  @MonitoringWrite(':caseId/follow-ups/:followUpId/move', 'Follow-up moved')
  @ApiFollowUpIdParam()
  move(@UuidParam('caseId') caseId: string, @FollowUpIdParam() followUpId: string, @Body() request: MoveFollowUpRequest, @CurrentPrincipal() principal: Principal): Promise<MonitoringCommandResult> {
    return this.monitoring.execute(principal, { type: 'MoveFollowUp', data: { caseId, followUpId, dueOn: request.dueOn, reason: request.reason } });
  }
}
