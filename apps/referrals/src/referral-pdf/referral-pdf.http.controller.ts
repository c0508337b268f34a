import { Controller, Get, Inject, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ReferralsError } from '@homeward/domain';
import { CurrentPrincipal, INFRASTRUCTURE, type Infrastructure, type Principal, Roles, UuidParam, RecordsAccess } from '@homeward/platform';
import { CaseDetailsReader } from '../case-details/case-details.reader';
import { DIRECTORY, type DirectoryEntry } from '../directory/directory.projection';
import { ReferralAccessError } from '../referral-access/referral-access.errors';
import { ApiReferralIdParam, ReferralIdParam } from '../referral-commands/referral-params';
import { ReferralDetailReader } from '../referral-detail/referral-detail.query';
import { renderReferral } from './render-referral';
import { REFERRAL_PDF_LANGUAGES, type ReferralPdfLanguage } from './referral-texts';

export class ReferralPdfParams {
  @ApiPropertyOptional({ enum: REFERRAL_PDF_LANGUAGES, description: "By default French if the provider gives a service in French, else English" })
  @IsOptional()
  @IsIn(REFERRAL_PDF_LANGUAGES)
  lang?: ReferralPdfLanguage;
}

/** The referral on paper, for a provider outside the system: only the fields sent, as they were sent. */
@ApiTags('referrals')
@ApiBearerAuth()
@Controller('referrals')
export class ReferralPdfController {
  constructor(
    @Inject(INFRASTRUCTURE) private readonly infra: Infrastructure,
    private readonly cases: CaseDetailsReader,
    private readonly referrals: ReferralDetailReader,
  ) {}

  @RecordsAccess('referral_pdf')
  @Get(':caseId/:referralId/referral.pdf')
  @Roles('case_manager', 'supervisor')
  @ApiReferralIdParam()
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The referral as a PDF: the provider, the service, the consent relied on and the shared fields with their values; nothing else of the case', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  @ApiForbiddenResponse({ description: 'ROLE_NOT_ALLOWED, NOT_CASE_OFFICE, or REFERRAL_CONSENT_WITHDRAWN: the consent it was sent under is withdrawn' })
  @ApiNotFoundResponse({ description: 'CASE_NOT_FOUND, REFERRAL_NOT_FOUND' })
  @ApiConflictResponse({ description: 'REFERRAL_NOT_SENT: nothing has passed the consent gate yet' })
  async pdf(@UuidParam('caseId') caseId: string, @ReferralIdParam() referralId: string, @Query() params: ReferralPdfParams, @CurrentPrincipal() principal: Principal): Promise<StreamableFile> {
    await this.cases.officeHolding(caseId, principal);
    const referral = await this.referrals.forStaff(caseId, referralId, principal);
    if (referral.status === 'on_hold') throw new ReferralAccessError('REFERRAL_CONSENT_WITHDRAWN');
    if (!referral.sentAt || !referral.sharedFields) throw new ReferralsError('REFERRAL_NOT_SENT', `Referral ${referralId} is not sent yet`);
    const provider = await this.infra.readModels.get<DirectoryEntry>(DIRECTORY, referral.providerId);
    const language = params.lang ?? (provider?.languages.includes('fr') ? 'fr' : 'en');
    const contact = provider ? [provider.profile.contact.phone, provider.profile.contact.email, provider.profile.contact.address].filter((c): c is string => Boolean(c)) : [];
    const pdf = await renderReferral(
      {
        caseId,
        referralId,
        serviceType: referral.serviceType,
        provider: { name: provider?.name ?? referral.providerId, contact },
        sentAt: referral.sentAt,
        ...(referral.consentId ? { consentId: referral.consentId } : {}),
        sharedFields: referral.sharedFields,
        shared: referral.shared ?? {},
      },
      language,
    );
    return new StreamableFile(Buffer.from(pdf), { type: 'application/pdf', disposition: `inline; filename="referral-${referralId}-${language}.pdf"` });
  }
}
