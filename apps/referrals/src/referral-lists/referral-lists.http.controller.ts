import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBadRequestResponse, ApiForbiddenResponse, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import type { ReferralStatus } from '@homeward/domain';
import { assertCountryScope, CurrentPrincipal, IsCountry, pageOf, PageParams, Roles, type Principal, RecordsAccess } from '@homeward/platform';
import { answer } from '../openapi/answer';
import { IsReference } from '../referral-commands/referral-params';
import { ReferralLists, type ProviderInboxPage, type ReferralListPage } from './referral-lists.query';
import { REFERRAL_READERS } from './referral-scope';

const REFERRAL_STATUSES: readonly ReferralStatus[] = ['requested', 'sent', 'accepted', 'declined', 'delivered', 'followed_up', 'on_hold', 'closed'];

export class OfficePageParams extends PageParams {
  @ApiPropertyOptional({ example: 'SN', description: 'Only those of the office of this country, one of yours' })
  @IsOptional()
  @IsCountry()
  country?: string;
}

export class ListReferralsParams extends OfficePageParams {
  @ApiPropertyOptional({ enum: REFERRAL_STATUSES, description: 'Only referrals at this stage (at most one of status, providerId, caseId)' })
  @IsOptional()
  @IsIn(REFERRAL_STATUSES)
  status?: ReferralStatus;

  @ApiPropertyOptional({ example: 'prov-cfp-dakar', description: 'Only referrals to this provider' })
  @IsOptional()
  @IsReference()
  providerId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the referrals of this case' })
  @IsOptional()
  @IsUUID()
  caseId?: string;
}

@ApiTags('referrals')
@ApiBearerAuth()
@Controller()
export class ReferralListsController {
  constructor(private readonly lists: ReferralLists) {}

  @Get('referrals')
  @Roles(...REFERRAL_READERS)
  @ApiOkResponse({ description: 'One page of the referrals of your offices, the last changed first; nothing of the person', schema: answer('ReferralListPage') })
  @ApiBadRequestResponse({ description: 'INVALID_INPUT, or ONE_LIST_FILTER: more than one of status, providerId and caseId' })
  @ApiForbiddenResponse({ description: 'ROLE_NOT_ALLOWED (providers read their inbox), OUT_OF_COUNTRY_SCOPE' })
  list(@Query() params: ListReferralsParams, @CurrentPrincipal() principal: Principal): Promise<ReferralListPage> {
    if (params.country) assertCountryScope(principal, params.country);
    const { status, providerId, caseId, country } = params;
    return this.lists.list(principal, { status, providerId, caseId, country }, pageOf(params));
  }

  /** What the case managers must act on: referrals put on hold because the returnee withdrew a consent. */
  @Get('referrals/needs-attention')
  @Roles('case_manager', 'supervisor')
  @ApiOkResponse({ description: 'One page of the referrals of your offices on hold since a consent was withdrawn, the latest first', schema: answer('ReferralListPage') })
  @ApiForbiddenResponse({ description: 'ROLE_NOT_ALLOWED, OUT_OF_COUNTRY_SCOPE' })
  needsAttention(@Query() params: OfficePageParams, @CurrentPrincipal() principal: Principal): Promise<ReferralListPage> {
    if (params.country) assertCountryScope(principal, params.country);
    return this.lists.needsAttention(principal, params.country, pageOf(params));
  }

  /** A provider's own referrals, with the values sent to it; another provider's never show. */
  @RecordsAccess('referral_inbox', { answer: 'caseId' })
  @Get('inbox')
  @Roles('service_provider')
  @ApiOkResponse({ description: "One page of the referrals sent to your organisation, the last changed first, each with only its shared fields; a held one's values are withheld", schema: answer('ProviderInboxPage') })
  @ApiForbiddenResponse({ description: 'ROLE_NOT_ALLOWED (service providers only), NOT_A_PROVIDER_USER' })
  inbox(@Query() params: PageParams, @CurrentPrincipal() principal: Principal): Promise<ProviderInboxPage> {
    return this.lists.inbox(principal, pageOf(params));
  }
}
