import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { SessionStepDetails } from '@homeward/contracts/intake';
import { CurrentPrincipal, type Principal, UuidParam } from '@homeward/platform';
import { CaseCommands, type CaseCommandResult } from '../case-commands/case-commands';
import { CaseWrite } from '../case-commands/case-write.decorator';
import { ClosingStepRequest } from './steps/closing-step.request.dto';
import { PlanDesignStepRequest } from './steps/plan-design-step.request.dto';
import { PreparationStepRequest } from './steps/preparation-step.request.dto';
import { ProcessAndConsentStepRequest } from './steps/process-and-consent-step.request.dto';
import { TrustStepRequest } from './steps/trust-step.request.dto';
import { VulnerabilitiesStepRequest } from './steps/vulnerabilities-step.request.dto';

const STEP = ':caseId/sessions/:sessionId/steps';

/** The six steps of the first counselling session (handbook 2.1), one endpoint and one form each. */
@ApiTags('counselling sessions')
@Controller('cases')
export class SessionStepsController {
  constructor(private readonly cases: CaseCommands) {}

  @CaseWrite(`${STEP}/preparation`, 'Preparation recorded')
  preparation(
    @UuidParam('caseId') caseId: string,
    @UuidParam('sessionId') sessionId: string,
    @Body() request: PreparationStepRequest,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.record(principal, caseId, sessionId, { step: 'preparation', ...request });
  }

  @CaseWrite(`${STEP}/trust`, 'Trust building recorded')
  trust(
    @UuidParam('caseId') caseId: string,
    @UuidParam('sessionId') sessionId: string,
    @Body() request: TrustStepRequest,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.record(principal, caseId, sessionId, { step: 'trust', ...request });
  }

  @CaseWrite(`${STEP}/process-and-consent`, 'Explanation of the process and of the right to refuse recorded')
  processAndConsent(
    @UuidParam('caseId') caseId: string,
    @UuidParam('sessionId') sessionId: string,
    @Body() request: ProcessAndConsentStepRequest,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.record(principal, caseId, sessionId, { step: 'process_and_consent', ...request });
  }

  @CaseWrite(`${STEP}/vulnerabilities`, 'Vulnerability assessment step recorded (needs consent to assistance)')
  vulnerabilities(
    @UuidParam('caseId') caseId: string,
    @UuidParam('sessionId') sessionId: string,
    @Body() request: VulnerabilitiesStepRequest,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.record(principal, caseId, sessionId, { step: 'vulnerabilities', ...request });
  }

  @CaseWrite(`${STEP}/plan-design`, 'Plan design recorded (needs consent to assistance)')
  planDesign(
    @UuidParam('caseId') caseId: string,
    @UuidParam('sessionId') sessionId: string,
    @Body() request: PlanDesignStepRequest,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.record(principal, caseId, sessionId, { step: 'plan_design', ...request });
  }

  @CaseWrite(`${STEP}/closing`, 'Closing recorded; the session is completed')
  closing(
    @UuidParam('caseId') caseId: string,
    @UuidParam('sessionId') sessionId: string,
    @Body() request: ClosingStepRequest,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.record(principal, caseId, sessionId, { step: 'closing', ...request });
  }

  private record(principal: Principal, caseId: string, sessionId: string, details: SessionStepDetails): Promise<CaseCommandResult> {
    return this.cases.execute(principal, { type: 'RecordSessionStep', data: { caseId, sessionId, details } });
  }
}
