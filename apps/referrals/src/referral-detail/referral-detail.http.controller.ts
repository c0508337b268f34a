import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles, UuidParam, RecordsAccess } from '@homeward/platform';
import { answer } from '../openapi/answer';
import { ApiReferralIdParam, ReferralIdParam } from '../referral-commands/referral-params';
import type { ProviderReferralView } from '../referral-lists/provider-view';
import { REFERRAL_READERS } from '../referral-lists/referral-scope';
import { ReferralDetailReader, type StaffReferralView } from './referral-detail.query';

@ApiTags('referrals')
@ApiBearerAuth()
@Controller('referrals')
export class ReferralDetailController {
  constructor(private readonly referrals: ReferralDetailReader) {}

  /** Staff read the whole timeline; the provider it was sent to reads its own view, and nothing of the intake case file. */
  @RecordsAccess('referral')
  @Get(':caseId/:referralId')
  @Roles(...REFERRAL_READERS, 'service_provider')
  @ApiReferralIdParam()
  @ApiOkResponse({ description: "For staff: where it stands, every step (when, who, what) and the values sent. For the provider it was sent to: only its shared fields", schema: { oneOf: [answer('ReferralDetail'), answer('ProviderReferralView')] } })
  @ApiForbiddenResponse({ description: 'ROLE_NOT_ALLOWED, or REFERRAL_CONSENT_WITHDRAWN: the provider no longer has access to the shared data' })
  @ApiNotFoundResponse({ description: 'CASE_NOT_FOUND, REFERRAL_NOT_FOUND (for a provider: not addressed to its organisation)' })
  read(@UuidParam('caseId') caseId: string, @ReferralIdParam() referralId: string, @CurrentPrincipal() principal: Principal): Promise<StaffReferralView | ProviderReferralView> {
    return principal.role === 'service_provider' ? this.referrals.forProvider(caseId, referralId, principal) : this.referrals.forStaff(caseId, referralId, principal);
  }
}
