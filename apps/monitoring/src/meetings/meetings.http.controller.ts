import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { WModelPointInput } from '@homeward/domain';
import { CurrentPrincipal, type Principal, UuidParam } from '@homeward/platform';
import { MonitoringCommands, type MonitoringCommandResult } from '../monitoring-commands/monitoring-commands';
import { MonitoringWrite } from '../monitoring-commands/monitoring-write.decorator';
import { RecordMeetingRequest } from './meeting.request.dto';
import { WModelPointRequest } from './w-model-point.request.dto';

@ApiTags('meetings')
@Controller('cases')
export class MeetingsController {
  constructor(private readonly monitoring: MonitoringCommands) {}

  /** A follow-up meeting held: a radical change reported in it recommends a plan review. */
  @MonitoringWrite(':caseId/meetings', 'Meeting recorded', { answers: 'MeetingRecorded', unprocessable: 'ELEMENT_NOT_IN_PLAN: a status for an element the plan does not have' })
  async record(@UuidParam('caseId') caseId: string, @Body() request: RecordMeetingRequest, @CurrentPrincipal() principal: Principal): Promise<MonitoringCommandResult & { meetingId: string }> {
    const meetingId = this.monitoring.newId();
    const { wModelPoints, ...meeting } = request;
    const data = { caseId, meetingId, ...meeting, elementStatuses: request.elementStatuses.map(({ elementId, status }) => ({ elementId, status })), wModelPoints: wModelPoints?.map((p) => this.point(p)) };
    return { ...(await this.monitoring.execute(principal, { type: 'RecordFollowUpMeeting', data })), meetingId };
  }

  /** A high or a low of the return journey told outside a meeting. */
  @MonitoringWrite(':caseId/w-model-points', 'W-model point recorded', { answers: 'WModelPointRecorded' })
  async recordPoint(@UuidParam('caseId') caseId: string, @Body() request: WModelPointRequest, @CurrentPrincipal() principal: Principal): Promise<MonitoringCommandResult & { pointId: string }> {
    const point = this.point(request);
    return { ...(await this.monitoring.execute(principal, { type: 'RecordWModelPoint', data: { caseId, ...point } })), pointId: point.pointId };
  }

  private point({ pointId, occurredOn, dimension, direction, intensity, whatHappened }: WModelPointRequest): WModelPointInput {
    return { pointId: pointId ?? this.monitoring.newId(), occurredOn, dimension, direction, intensity, whatHappened };
  }
}
