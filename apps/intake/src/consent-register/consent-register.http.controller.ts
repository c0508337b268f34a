import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ConsentAnswer, ConsentRecord } from '@homeward/domain';
import { CurrentPrincipal, type Principal, Roles, UuidParam, RecordsAccess } from '@homeward/platform';
import { CaseConsentsQuery } from './case-consents.query';
import { CheckConsentQuery } from './check-consent.query';
import { CheckConsentParams } from './check-consent.request.dto';
import { answer } from '../openapi/answer';

@ApiTags('consent')
@ApiBearerAuth()
@Controller()
export class ConsentRegisterController {
  constructor(private readonly queries: QueryBus) {}

  /** A yes or no with the consent relied on: no personal data, so service providers may ask too, about themselves. */
  @Get('consent-register/check')
  @Roles('case_manager', 'supervisor', 'auditor', 'me_officer', 'service_provider')
  @ApiOkResponse({ description: '{allowed: true, consentId} or {allowed: false, reason, consentId?}; an unknown case is NO_CONSENT', schema: answer('ConsentCheck') })
  @ApiForbiddenResponse({ description: 'OUT_OF_COUNTRY_SCOPE: the case crosses none of your countries; NOT_OWN_RECIPIENT: a service provider asked about another recipient' })
  check(@Query() params: CheckConsentParams, @CurrentPrincipal() principal: Principal): Promise<ConsentAnswer> {
    const { caseId, purpose, recipientId, dataCategory } = params;
    const question = { purpose, ...(params.on ? { on: params.on } : {}), ...(recipientId ? { recipientId } : {}), ...(dataCategory ? { dataCategory } : {}) };
    return this.queries.execute(new CheckConsentQuery(caseId, question, principal));
  }

  @RecordsAccess('consents')
  @Get('cases/:caseId/consents')
  @Roles('case_manager', 'supervisor', 'auditor')
  @ApiOkResponse({ description: 'The consent records of the case, in the order recorded', schema: answer('CaseConsents') })
  consents(@UuidParam('caseId') caseId: string, @CurrentPrincipal() principal: Principal): Promise<ConsentRecord[]> {
    return this.queries.execute(new CaseConsentsQuery(caseId, principal));
  }
}
