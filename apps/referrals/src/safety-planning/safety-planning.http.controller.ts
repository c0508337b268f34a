import { Body, Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal, UuidParam, RecordsAccess } from '@homeward/platform';
import { CaseDetailsReader } from '../case-details/case-details.reader';
import { CaseWrite } from '../case-details/case-write.decorator';
import { answer } from '../openapi/answer';
import { ReferralCommands, type ReferralCommandResult } from '../referral-commands/referral-commands';
import { DecideRelocationRequest, RecordSafetyPlanRequest } from './safety-plan.request.dto';
import { SafetyPlansQuery, type SafetyPlansView } from './safety-plans.query';

export type SafetyPlanRecordedResult = ReferralCommandResult & { safetyPlanId: string };
export type RelocationDecidedResult = ReferralCommandResult & { relocationId: string };

const PROTECTED = "Safety plans and relocations are for the case's own case manager and the supervisors of its office (PROTECTED_TO_CASE_TEAM)";

/**
 * Safety planning and relocation where needs are urgent or unmet (handbook 2.3.2). Every word is
 * sensitive: sealed under referrals' protection key, written and read only by the case's own case
 * manager and the supervisors of the office holding it.
 */
@ApiTags('safety planning')
@Controller('cases')
export class SafetyPlanningController {
  constructor(
    private readonly commands: ReferralCommands,
    private readonly cases: CaseDetailsReader,
    private readonly queries: QueryBus,
  ) {}

  @CaseWrite(':caseId/safety-plans', 'Safety plan recorded', { answers: 'SafetyPlanWritten', forbidden: PROTECTED })
  async record(@UuidParam('caseId') caseId: string, @Body() request: RecordSafetyPlanRequest, @CurrentPrincipal() principal: Principal): Promise<SafetyPlanRecordedResult> {
    await this.cases.protectedTo(caseId, principal);
    const safetyPlanId = this.commands.newId();
    const { risks, mitigations, copingStrategies, emergencyContacts, emergencyServices } = request;
    const contacts = emergencyContacts.map(({ name, relationship, phone }) => ({ name, ...(relationship ? { relationship } : {}), ...(phone ? { phone } : {}) }));
    const data = { caseId, safetyPlanId, risks, mitigations, emergencyContacts: contacts, ...(copingStrategies ? { copingStrategies } : {}), ...(emergencyServices ? { emergencyServices } : {}) };
    return { ...(await this.commands.execute(principal, { type: 'RecordSafetyPlan', data })), safetyPlanId };
  }

  @CaseWrite(':caseId/relocations', 'Relocation decided', {
    answers: 'RelocationWritten',
    forbidden: PROTECTED,
    unprocessable: 'RELOCATION_NOT_INDICATED: the case has no urgent referral under way and no open unmet need',
  })
  async relocate(@UuidParam('caseId') caseId: string, @Body() request: DecideRelocationRequest, @CurrentPrincipal() principal: Principal): Promise<RelocationDecidedResult> {
    await this.cases.protectedTo(caseId, principal);
    const relocationId = this.commands.newId();
    const data = { caseId, relocationId, toArea: request.toArea, reason: request.reason, decidedOn: request.decidedOn };
    return { ...(await this.commands.execute(principal, { type: 'DecideRelocation', data })), relocationId };
  }

  @RecordsAccess('safety_plan')
  @Get(':caseId/safety-plans')
  @Roles('case_manager', 'supervisor')
  @ApiBearerAuth()
  @ApiOkResponse({ description: "The case's safety plans and relocations, in the order recorded; \"erased\" for every word once the returnee is erased", schema: answer('SafetyPlansOfCase') })
  @ApiForbiddenResponse({ description: `A role that does not read them (ROLE_NOT_ALLOWED); NOT_CASE_OFFICE; ${PROTECTED}` })
  @ApiNotFoundResponse({ description: 'CASE_NOT_FOUND: no such case in your countries' })
  async read(@UuidParam('caseId') caseId: string, @CurrentPrincipal() principal: Principal): Promise<SafetyPlansView> {
    await this.cases.protectedTo(caseId, principal);
    return this.queries.execute(new SafetyPlansQuery(caseId));
  }
}
