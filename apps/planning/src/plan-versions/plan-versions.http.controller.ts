import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, UuidParam } from '@homeward/platform';
import { PlanCommands, type PlanCommandResult } from '../plan-commands/plan-commands';
import { ApiVersionParam, VersionParam } from '../plan-commands/plan-request-rules';
import { PlanWrite } from '../plan-commands/plan-write.decorator';

/**
 * A version's way into force: submitted complete, approved by a supervisor, activated under the
 * returnee's consent. Each names the version its author read, so a newer one is not acted on unseen.
 */
@ApiTags('plans')
@Controller('plans')
export class PlanVersionsController {
  constructor(private readonly plans: PlanCommands) {}

  @PlanWrite(':caseId/versions/:version/submission', 'Version submitted for approval', {
    unprocessable: 'PLAN_HAS_NO_ELEMENTS, EXIT_STRATEGY_REQUIRED: a plan is submitted with at least one element and an exit strategy',
  })
  @ApiVersionParam()
  submit(@UuidParam('caseId') caseId: string, @VersionParam() version: number, @CurrentPrincipal() principal: Principal): Promise<PlanCommandResult> {
    return this.plans.execute(principal, { type: 'SubmitPlan', data: { caseId, version } });
  }

  @PlanWrite(':caseId/versions/:version/approval', 'Version approved', { roles: ['supervisor'] })
  @ApiVersionParam()
  approve(@UuidParam('caseId') caseId: string, @VersionParam() version: number, @CurrentPrincipal() principal: Principal): Promise<PlanCommandResult> {
    return this.plans.execute(principal, { type: 'ApprovePlan', data: { caseId, version } });
  }

  /** Refused (409 PLAN_CONSENT_MISSING) until the returnee's consent covers every component of the version; then each outside service is referred. */
  @PlanWrite(':caseId/versions/:version/activation', 'Version in force; referrals requested for the elements an outside provider delivers')
  @ApiVersionParam()
  activate(@UuidParam('caseId') caseId: string, @VersionParam() version: number, @CurrentPrincipal() principal: Principal): Promise<PlanCommandResult> {
    return this.plans.execute(principal, { type: 'ActivatePlan', data: { caseId, version } });
  }
}
