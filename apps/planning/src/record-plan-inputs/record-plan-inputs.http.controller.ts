import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, UuidParam } from '@homeward/platform';
import { PlanCommands, type PlanCommandResult } from '../plan-commands/plan-commands';
import { PlanWrite } from '../plan-commands/plan-write.decorator';
import { RecordPlanInputsRequest } from './record-plan-inputs.request.dto';

@ApiTags('plans')
@Controller('plans')
export class RecordPlanInputsController {
  constructor(private readonly plans: PlanCommands) {}

  /** Goals and motivations, the assessments and the context the plan starts from, replacing what was recorded before. */
  @PlanWrite(':caseId/inputs', 'Plan inputs recorded', { method: 'PUT' })
  record(@UuidParam('caseId') caseId: string, @Body() request: RecordPlanInputsRequest, @CurrentPrincipal() principal: Principal): Promise<PlanCommandResult> {
    const { goals, motivations, goalsSource, sessionId, contextNotes } = request;
    const assessments = request.assessments.map(({ kind, reference, assessedOn }) => ({ kind, reference, ...(assessedOn ? { assessedOn } : {}) }));
    return this.plans.execute(principal, {
      type: 'RecordPlanInputs',
      data: { caseId, goals, motivations, goalsSource, assessments, ...(sessionId ? { sessionId } : {}), ...(contextNotes ? { contextNotes } : {}) },
    });
  }
}
