import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, UuidParam } from '@homeward/platform';
import { PlanCommands, type PlanCommandResult } from '../plan-commands/plan-commands';
import { PlanWrite } from '../plan-commands/plan-write.decorator';
import { GrantDerogationRequest } from './grant-derogation.request.dto';

@ApiTags('plans')
@Controller('plans')
export class GrantDerogationController {
  constructor(private readonly plans: PlanCommands) {}

  /** Deadlines are flexible: a supervisor extends one, with the reason, until a version is approved. */
  @PlanWrite(':caseId/derogations', 'Due date extended', { roles: ['supervisor'] })
  grant(@UuidParam('caseId') caseId: string, @Body() request: GrantDerogationRequest, @CurrentPrincipal() principal: Principal): Promise<PlanCommandResult> {
    return this.plans.execute(principal, { type: 'GrantDerogation', data: { caseId, dueOn: request.dueOn, reason: request.reason } });
  }
}
