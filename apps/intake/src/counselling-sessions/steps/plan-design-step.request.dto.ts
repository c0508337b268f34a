import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsObject, IsString, Length, ValidateNested } from 'class-validator';
import { MultiLine, Optional } from '@homeward/platform';

const REVIEW_OUTCOMES = ['confirmed', 'revised'] as const;

export class PreDeparturePlanReviewRequest {
  @ApiProperty({ enum: REVIEW_OUTCOMES })
  @IsIn(REVIEW_OUTCOMES)
  outcome!: (typeof REVIEW_OUTCOMES)[number];

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @Length(1, 2000)
  @MultiLine()
  notes?: string;
}

/** Step 5: goals, strengths and a life plan; after arrival, the review of the plan made before departure. */
export class PlanDesignStepRequest {
  @ApiProperty({ example: ['Reopen the tailoring shop'], maxItems: 20 })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  goals!: string[];

  @ApiProperty({ example: ['Ten years of tailoring'], maxItems: 20 })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  strengths!: string[];

  @ApiProperty({ example: 'Live near her mother in Thiès and support her two children' })
  @IsString()
  @Length(1, 4000)
  @MultiLine()
  lifePlan!: string;

  @ApiPropertyOptional({ type: PreDeparturePlanReviewRequest, description: 'Required at the first post-arrival session when a plan was made before departure' })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => PreDeparturePlanReviewRequest)
  preDeparturePlanReview?: PreDeparturePlanReviewRequest;
}
