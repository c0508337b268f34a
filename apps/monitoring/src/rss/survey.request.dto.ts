import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, ValidateBy } from 'class-validator';
import { MAX_INDICATORS } from '@homeward/contracts/monitoring';
import { IsDay, Optional } from '@homeward/platform';
import { IsReference, REFERENCE } from '../monitoring-commands/monitoring-request-rules';

/**
 * The answers' shape: question ids to whole numbers. Whether every question of the table is answered,
 * and on its scale, is the domain's call (RSS_ANSWER_MISSING, RSS_ANSWER_OUT_OF_RANGE, naming the question).
 */
const AnswersShape = () =>
  ValidateBy(
    {
      name: 'rssAnswers',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          Object.keys(value).length <= MAX_INDICATORS &&
          Object.entries(value).every(([question, answer]) => REFERENCE.test(question) && Number.isSafeInteger(answer)),
      },
    },
    {
      message: `$property must map at most ${MAX_INDICATORS} question ids to whole numbers`,
      context: { fr: `doit associer au plus ${MAX_INDICATORS} identifiants de question à des nombres entiers` },
    },
  );

export class RecordSurveyRequest {
  @ApiPropertyOptional({ example: 'rss-1', description: 'The scheduled survey it holds; left out, the earliest still to come' })
  @Optional()
  @IsReference()
  followUpId?: string;

  @ApiProperty({ example: '2027-04-10', description: 'Today or before' })
  @IsDay()
  conductedOn!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { 'econ-income': 3, 'econ-work': 4 },
    description: 'Each question of the RSS table in use (GET /rss/tables/current) answered on its scale',
  })
  @IsObject()
  @AnswersShape()
  answers!: Record<string, number>;
}

export class RescoreSurveysRequest {
  @ApiProperty({ example: 'rss-provisional-2', description: 'The version of the RSS table to score every past survey under' })
  @IsReference()
  tableVersion!: string;
}
