import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, UuidParam } from '@homeward/platform';
import { CaseCommands, type CaseCommandInput, type CaseCommandResult } from '../case-commands/case-commands';
import { CaseWrite } from '../case-commands/case-write.decorator';
import { RecordConsentRequest } from './record-consent.request.dto';
import { WithdrawConsentRequest } from './withdraw-consent.request.dto';

@ApiTags('consent')
@Controller('cases')
export class RecordConsentController {
  constructor(private readonly cases: CaseCommands) {}

  /** A refusal of assistance puts the case in the refused state; any decision is a new record, never an edit. */
  @CaseWrite(':caseId/consents', 'Consent decision recorded; consentId names it', { answers: 'ConsentRecorded' })
  async record(
    @UuidParam('caseId') caseId: string,
    @Body() request: RecordConsentRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CaseCommandResult & { consentId: string }> {
    const consentId = this.cases.newId();
    return { ...(await this.cases.execute(principal, decision(caseId, consentId, request))), consentId };
  }

  /** From the day of withdrawal nothing new is shared or done under this consent. */
  @CaseWrite(':caseId/consents/:consentId/withdrawal', 'Consent withdrawn')
  withdraw(
    @UuidParam('caseId') caseId: string,
    @UuidParam('consentId') consentId: string,
    @Body() request: WithdrawConsentRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CaseCommandResult> {
    return this.cases.execute(principal, { type: 'WithdrawConsent', data: { caseId, consentId, withdrawnOn: request.withdrawnOn, reason: request.reason } });
  }
}

function decision(caseId: string, consentId: string, request: RecordConsentRequest): CaseCommandInput {
  const { decision, dataCategories, recipient, witness, ...form } = request;
  const data = {
    ...form,
    caseId,
    consentId,
    ...(recipient ? { recipient: { recipientId: recipient.recipientId, name: recipient.name } } : {}),
    ...(witness ? { witness: { role: witness.role, name: witness.name } } : {}),
  };
  return decision === 'given' ? { type: 'GiveConsent', data: { ...data, dataCategories: dataCategories ?? [] } } : { type: 'RefuseConsent', data };
}
