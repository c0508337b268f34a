import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, UuidParam } from '@homeward/platform';
import { CaseCommands, type CaseCommandResult } from '../case-commands/case-commands';
import { CaseWrite } from '../case-commands/case-write.decorator';
import { FamilyMemberRequest } from '../register-returnee/family-member.request.dto';
import { FamilyMemberLeftRequest } from './family-member-left.request.dto';

@ApiTags('cases')
@Controller('cases')
export class RecordFamilyChangeController {
  constructor(private readonly cases: CaseCommands) {}

  @CaseWrite(':caseId/family-members', 'Family member joined the case; memberId names them', { answers: 'FamilyMemberJoined' })
  async join(
    @UuidParam('caseId') caseId: string,
    @Body() request: FamilyMemberRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CaseCommandResult & { memberId: string }> {
    const memberId = this.cases.newId();
    return { ...(await this.cases.execute(principal, { type: 'AddFamilyMember', data: { caseId, member: { ...request, memberId } } })), memberId };
  }

  /** A child left without an adult in the case is flagged at once: the answer lists the urgent need if so. */
  @CaseWrite(':caseId/family-members/:memberId/departure', 'Family member no longer part of the case')
  leave(
    @UuidParam('caseId') caseId: string,
    @UuidParam('memberId') memberId: string,
    @Body() request: FamilyMemberLeftRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CaseCommandResult> {
    const derivedIds = { screeningId: this.cases.newId(), needId: this.cases.newId() };
    return this.cases.execute(principal, { type: 'RemoveFamilyMember', data: { caseId, memberId, reason: request.reason, derivedIds } });
  }
}
