import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { ASSESSMENT_KINDS, GOAL_SOURCES, type AssessmentKind, type GoalSource } from '@homeward/contracts/planning';
import { IsDay, MultiLine, Optional } from '@homeward/platform';

const MAX_ITEMS = 20;

/** An assessment the plan builds on, held where it was made (intake's case file, a community study). */
export class AssessmentReferenceRequest {
  @ApiProperty({ enum: ASSESSMENT_KINDS })
  @IsIn(ASSESSMENT_KINDS)
  kind!: AssessmentKind;

  @ApiProperty({ example: 'intake:individual-factors', description: 'Where the assessment is found' })
  @IsString()
  @Length(1, 200)
  reference!: string;

  @ApiPropertyOptional({ example: '2026-12-20', description: 'Not in the future' })
  @Optional()
  @IsDay()
  assessedOn?: string;
}

/** What the plan starts from, the whole set as it now is. */
export class RecordPlanInputsRequest {
  @ApiProperty({ example: ['Reopen the tailoring shop'], maxItems: MAX_ITEMS })
  @IsArray()
  @ArrayMaxSize(MAX_ITEMS)
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  goals!: string[];

  @ApiProperty({ example: ['Support her two children'], maxItems: MAX_ITEMS })
  @IsArray()
  @ArrayMaxSize(MAX_ITEMS)
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  motivations!: string[];

  @ApiProperty({ enum: GOAL_SOURCES, description: "counselling_session: from that session's plan-design step (name it in sessionId); case_manager: written here" })
  @IsIn(GOAL_SOURCES)
  goalsSource!: GoalSource;

  @ApiPropertyOptional({ example: '0190a1b2-0000-7000-8000-000000000003', description: 'Required when the goals come from a counselling session' })
  @Optional()
  @IsUUID()
  sessionId?: string;

  @ApiProperty({ type: [AssessmentReferenceRequest], maxItems: MAX_ITEMS })
  @IsArray()
  @ArrayMaxSize(MAX_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => AssessmentReferenceRequest)
  assessments!: AssessmentReferenceRequest[];

  @ApiPropertyOptional({ example: 'Demand for tailoring is high in Thiès' })
  @Optional()
  @IsString()
  @Length(1, 4000)
  @MultiLine()
  contextNotes?: string;
}
