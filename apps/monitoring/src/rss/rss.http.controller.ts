import { Body, Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { RssScores, RssTable } from '@homeward/contracts/monitoring';
import { CurrentPrincipal, Roles, type Principal, UuidParam } from '@homeward/platform';
import { MonitoringCommands, written, type MonitoringCommandResult } from '../monitoring-commands/monitoring-commands';
import { MONITORING_READERS } from '../monitoring-commands/monitoring-readers';
import { MonitoringReader } from '../monitoring-commands/monitoring-stream';
import { MonitoringWrite } from '../monitoring-commands/monitoring-write.decorator';
import { answer } from '../openapi/answer';
import { MonitoringSettings } from '../settings/monitoring-settings';
import { rssTrend, type RssTrendView } from './rss-trend';
import { RecordSurveyRequest, RescoreSurveysRequest } from './survey.request.dto';

/** A survey's scores as the answer gives them: always with the table version, and whether that table is provisional. */
export interface ScoredSurvey extends MonitoringCommandResult {
  surveyId: string;
  tableVersion: string;
  provisional: boolean;
  notice: { en: string; fr: string };
  scores: RssScores;
}

@ApiTags('rss')
@ApiBearerAuth()
@Controller()
export class RssController {
  constructor(
    private readonly monitoring: MonitoringCommands,
    private readonly reader: MonitoringReader,
    private readonly settings: MonitoringSettings,
  ) {}

  /** A Reintegration Sustainability Survey, scored under the table in use; a fall beyond the threshold recommends a plan review. */
  @MonitoringWrite('cases/:caseId/surveys', 'Survey recorded and scored', { roles: ['case_manager', 'supervisor', 'me_officer'], answers: 'SurveyScored' })
  async record(@UuidParam('caseId') caseId: string, @Body() request: RecordSurveyRequest, @CurrentPrincipal() principal: Principal): Promise<ScoredSurvey> {
    const surveyId = this.monitoring.newId();
    const table = this.settings.currentTable();
    // The threshold is the programme's for the office holding the plan: read from the stream the command then decides on.
    const { plan } = await this.reader.monitoredFor(caseId, principal);
    const result = await this.monitoring.run(principal, {
      type: 'RecordRssSurvey',
      data: { caseId, surveyId, ...(request.followUpId ? { followUpId: request.followUpId } : {}), conductedOn: request.conductedOn, answers: request.answers, table, dropThreshold: this.settings.dropThreshold(plan.country) },
    });
    const survey = result.newState.surveys.find((s) => s.surveyId === surveyId)!;
    return { ...written(result), surveyId, tableVersion: table.version, provisional: table.provisional, notice: table.notice, scores: survey.scores[table.version] };
  }

  /** Every past survey scored under another table version; the scores under the versions before stay beside. */
  @MonitoringWrite('cases/:caseId/surveys/rescoring', 'Surveys re-scored', { roles: ['supervisor', 'me_officer'], unprocessable: 'RSS_SURVEY_DOES_NOT_FIT or RSS_TABLE_UNKNOWN: nothing was re-scored' })
  rescore(@UuidParam('caseId') caseId: string, @Body() request: RescoreSurveysRequest, @CurrentPrincipal() principal: Principal): Promise<MonitoringCommandResult> {
    return this.monitoring.execute(principal, { type: 'RescoreSurveys', data: { caseId, table: this.settings.table(request.tableVersion) } });
  }

  @Get('cases/:caseId/rss-trend')
  @Roles(...MONITORING_READERS)
  @ApiOkResponse({ description: "The case's surveys in time order with their scores under every table version that scored them", schema: answer('RssTrend') })
  @ApiNotFoundResponse({ description: 'MONITORING_NOT_FOUND: no approved plan is monitored for the case, or it is outside your countries' })
  async trend(@UuidParam('caseId') caseId: string, @CurrentPrincipal() principal: Principal): Promise<RssTrendView> {
    return rssTrend(caseId, await this.reader.monitoredFor(caseId, principal), (version) => this.settings.table(version));
  }

  @Get('rss/tables/current')
  @Roles(...MONITORING_READERS)
  @ApiOkResponse({ description: 'The RSS table new surveys are scored under: its questions, scales, weights and cut-offs, each with its source. PROVISIONAL while `provisional` is true.', schema: answer('RssTableAnswer') })
  currentTable(): RssTable {
    return this.settings.currentTable();
  }
}
