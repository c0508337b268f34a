import { Controller, Get, Headers, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { MONITORING_REPORTS, type MonitoringReport } from '@homeward/contracts/monitoring';
import { CurrentPrincipal, negotiateLanguage, Roles, type Principal, RecordsAccess } from '@homeward/platform';
import { CaseReportReader } from './case-report.reader';
import { renderReportHtml } from './render/render-report-html';
import { renderReportPdf } from './render/render-report-pdf';
import { reportCharts } from './render/report-charts';
import { REPORT_LANGUAGES, type ReportLanguage } from './report-texts';

export class ReportAddress {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  caseId!: string;

  @ApiProperty({ enum: MONITORING_REPORTS })
  @IsIn(MONITORING_REPORTS)
  report!: MonitoringReport;
}

export class ReportParams {
  @ApiPropertyOptional({ enum: REPORT_LANGUAGES, description: 'The language of the report; by default the one Accept-Language prefers (English unless French is preferred)' })
  @IsOptional()
  @IsIn(REPORT_LANGUAGES)
  lang?: ReportLanguage;

  @ApiPropertyOptional({ enum: ['html', 'pdf'], description: 'HTML or PDF; by default as Accept says (application/pdf for a PDF), else HTML' })
  @IsOptional()
  @IsIn(['html', 'pdf'])
  format?: 'html' | 'pdf';
}

/** The mid-term and final monitoring reports of a case (handbook 2.3.3), made from monitoring's read model whenever asked for. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('cases')
export class CaseReportController {
  constructor(private readonly reports: CaseReportReader) {}

  @RecordsAccess('monitoring_report')
  @Get(':caseId/reports/:report')
  @Roles('case_manager', 'supervisor')
  @ApiProduces('text/html', 'application/pdf')
  @ApiOkResponse({
    description: 'The report: plan versions, elements and their delivery, referrals, the W-model chart and points, RSS scores over time with their table version and provisional mark, meetings, plan reviews, closure. No meeting notes, no survey answers.',
    content: { 'text/html': { schema: { type: 'string' } }, 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiForbiddenResponse({ description: 'ROLE_NOT_ALLOWED: reports are for the case managers and supervisors of the country' })
  @ApiNotFoundResponse({ description: 'CASE_NOT_MONITORED (no plan approved, or outside your countries), REPORT_NOT_SCHEDULED' })
  async report(
    @Param() address: ReportAddress,
    @Query() params: ReportParams,
    @Headers('accept') accept: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StreamableFile> {
    const { caseId, report } = address;
    const view = await this.reports.reportOf(caseId, report, principal);
    const language = params.lang ?? negotiateLanguage(acceptLanguage);
    const charts = await reportCharts(view, language);
    const name = `monitoring-${report}-${caseId}-${language}`;
    if ((params.format ?? (prefersPdf(accept) ? 'pdf' : 'html')) === 'pdf') {
      return new StreamableFile(Buffer.from(await renderReportPdf(view, language, charts)), { type: 'application/pdf', disposition: `inline; filename="${name}.pdf"` });
    }
    return new StreamableFile(Buffer.from(renderReportHtml(view, language, charts), 'utf8'), { type: 'text/html; charset=utf-8', disposition: `inline; filename="${name}.html"` });
  }
}

/** A PDF when Accept names application/pdf above text/html (or without it); HTML otherwise, a browser's Accept included. */
function prefersPdf(accept: string | undefined): boolean {
  const weights = new Map((accept ?? '').split(',').map((part) => {
    const [type, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    return [type, q ? Number(q.slice(2)) || 0 : 1] as const;
  }));
  const pdf = weights.get('application/pdf') ?? 0;
  return pdf > 0 && pdf > (weights.get('text/html') ?? 0);
}
