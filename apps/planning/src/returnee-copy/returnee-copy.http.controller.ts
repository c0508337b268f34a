import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { CurrentPrincipal, Roles, type Principal, RecordsAccess } from '@homeward/platform';
import { PlanReader } from '../plan-stream/read-plan';
import { ReturneeDetailsReader } from '../returnee-details/returnee-details.reader';
import { copyLanguageFor } from './copy-language';
import { COPY_LANGUAGES, type CopyLanguage } from './copy-texts';
import { renderReturneeCopy } from './render-copy';
import { returneeCopyOf } from './returnee-copy';

export class CopyAddress {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  caseId!: string;

  @ApiProperty({ example: 1, type: 'integer', minimum: 1, maximum: 99999 })
  @Matches(/^[1-9]\d{0,4}$/, { message: '$property must be a whole number from 1', context: { fr: 'doit être un nombre entier à partir de 1' } })
  version!: string;
}

export class CopyParams {
  @ApiPropertyOptional({ enum: COPY_LANGUAGES, description: "The returnee's language; by default the first of her languages (as intake shares them under her consent to assistance) the copy is written in, else that of her latest consent form to assistance if the copy is written in it, else English" })
  @IsOptional()
  @IsIn(COPY_LANGUAGES)
  lang?: CopyLanguage;
}

/** The copy the returnee keeps of a version of her plan, made again from the plan's stream whenever it is asked for. */
@ApiTags('plans')
@ApiBearerAuth()
@Controller('plans')
export class ReturneeCopyController {
  constructor(
    private readonly plans: PlanReader,
    private readonly returnees: ReturneeDetailsReader,
  ) {}

  @RecordsAccess('returnee_copy')
  @Get(':caseId/versions/:version/copy.pdf')
  @Roles('case_manager', 'supervisor')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: "The returnee's copy of this version as a PDF: its elements, dates, providers and contacts, who does what, and the exit strategy; no internal notes", content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  @ApiForbiddenResponse({ description: 'A role that does not hand plans to returnees' })
  @ApiNotFoundResponse({ description: 'PLAN_NOT_FOUND (no arrival recorded, or outside your countries), PLAN_VERSION_NOT_FOUND' })
  async copy(@Param() address: CopyAddress, @Query() params: CopyParams, @CurrentPrincipal() principal: Principal): Promise<StreamableFile> {
    const plan = await this.plans.planOf(address.caseId, principal);
    const version = Number(address.version);
    // Known while she consents to assistance and is not erased; without it the copy names the case only.
    const returnee = await this.returnees.forCopy(address.caseId);
    const language = params.lang ?? copyLanguageFor(plan, returnee?.languages);
    const pdf = await renderReturneeCopy(returneeCopyOf(plan, version, returnee), language);
    return new StreamableFile(Buffer.from(pdf), { type: 'application/pdf', disposition: `inline; filename="plan-${address.caseId}-v${version}-${language}.pdf"` });
  }
}
