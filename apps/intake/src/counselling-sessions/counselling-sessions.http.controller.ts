import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, UuidParam } from '@homeward/platform';
import { CaseCommands, type CaseCommandResult } from '../case-commands/case-commands';
import { CaseWrite } from '../case-commands/case-write.decorator';
import { ContinueSessionLaterRequest } from './continue-session-later.request.dto';
import { PauseSessionRequest } from './pause-session.request.dto';
import { ScheduleSessionRequest } from './schedule-session.request.dto';

/** A counselling session's life: scheduled, started, paused and resumed, or carried on in a later session. */
@ApiTags('counselling sessions')
@Controller('cases')
export class CounsellingSessionsController {
  constructor(private readonly cases: CaseCommands) {}

  @CaseWrite(':caseId/sessions', 'Session scheduled; sessionId names it', { answers: 'SessionScheduled' })
  async schedule(
    @UuidParam('caseId') caseId: string,
    @Body() request: ScheduleSessionRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CaseCommandResult & { sessionId: string }> {
    const sessionId = this.cases.newId();
    const { phase, scheduledFor } = request;
    return { ...(await this.cases.execute(principal, { type: 'ScheduleSession', data: { caseId, sessionId, phase, scheduledFor } })), sessionId };
  }

  @CaseWrite(':caseId/sessions/:sessionId/start', 'Session started')
  start(@UuidParam('caseId') caseId: string, @UuidParam('sessionId') sessionId: string, @CurrentPrincipal() principal: Principal): Promise<CaseCommandResult> {
    return this.cases.execute(principal, { type: 'StartSession', data: { caseId, sessionId } });
  }

  @CaseWrite(':caseId/sessions/:sessionId/pause', 'Session paused')
  pause(
    @UuidParam('caseId') caseId: string,
    @UuidParam('sessionId') sessionId: string,
    @Body() request: PauseSessionRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CaseCommandResult> {
    return this.cases.execute(principal, { type: 'PauseSession', data: { caseId, sessionId, reason: request.reason } });
  }

  @CaseWrite(':caseId/sessions/:sessionId/resume', 'Session resumed')
  resume(@UuidParam('caseId') caseId: string, @UuidParam('sessionId') sessionId: string, @CurrentPrincipal() principal: Principal): Promise<CaseCommandResult> {
    return this.cases.execute(principal, { type: 'ResumeSession', data: { caseId, sessionId } });
  }

  @CaseWrite(':caseId/sessions/:sessionId/continue-later', 'Session ended, to be continued in the session nextSessionId names', { answers: 'SessionContinuedLater' })
  async continueLater(
    @UuidParam('caseId') caseId: string,
    @UuidParam('sessionId') sessionId: string,
    @Body() request: ContinueSessionLaterRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CaseCommandResult & { nextSessionId: string }> {
    const nextSessionId = this.cases.newId();
    const data = { caseId, sessionId, nextSessionId, scheduledFor: request.scheduledFor };
    return { ...(await this.cases.execute(principal, { type: 'ContinueSessionLater', data })), nextSessionId };
  }
}
