import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsNumber, IsObject, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { MAX_ELEMENTS } from '@homeward/contracts/planning';
import { IsDay, MultiLine, Optional } from '@homeward/platform';
import { PlanElementRequest } from './plan-element.request.dto';

/** The Reintegration Sustainability Survey's scores when the plan was made, each from 0 to 1, as monitoring provides them. */
export class BaselineScoresRequest {
  @ApiProperty({ example: 0.35, minimum: 0, maximum: 1 })
  @IsNumber()
  @Min(0)
  @Max(1)
  economic!: number;

  @ApiProperty({ example: 0.5, minimum: 0, maximum: 1 })
  @IsNumber()
  @Min(0)
  @Max(1)
  social!: number;

  @ApiProperty({ example: 0.42, minimum: 0, maximum: 1 })
  @IsNumber()
  @Min(0)
  @Max(1)
  psychosocial!: number;

  @ApiProperty({ example: 0.42, minimum: 0, maximum: 1 })
  @IsNumber()
  @Min(0)
  @Max(1)
  composite!: number;

  @ApiProperty({ example: '2027-01-04' })
  @IsDay()
  measuredOn!: string;
}

/** How the plan is carried out beside its elements (handbook 2.3.2): each a text the returnee's copy shows. */
const ARRANGEMENT_MAX = 4000;

/** A version's whole content as the case manager writes it: the elements and the plan's arrangements. */
export class PlanContentRequest {
  @ApiProperty({ type: [PlanElementRequest], maxItems: MAX_ELEMENTS, description: 'At least one before the plan is submitted' })
  @IsArray()
  @ArrayMaxSize(MAX_ELEMENTS)
  @ValidateNested({ each: true })
  @Type(() => PlanElementRequest)
  elements!: PlanElementRequest[];

  @ApiPropertyOptional({ example: 'A visit each month at home, a call in between', description: 'When and how follow-up happens' })
  @Optional()
  @IsString()
  @Length(1, ARRANGEMENT_MAX)
  @MultiLine()
  followUp?: string;

  @ApiPropertyOptional({ example: 'Asked at each visit, written in the follow-up record', description: "How the returnee's feedback is taken in" })
  @Optional()
  @IsString()
  @Length(1, ARRANGEMENT_MAX)
  @MultiLine()
  feedbackCollection?: string;

  @ApiPropertyOptional({ example: 'Providers receive only what her consent form names', description: 'How information is exchanged while protecting privacy' })
  @Optional()
  @IsString()
  @Length(1, ARRANGEMENT_MAX)
  @MultiLine()
  informationExchange?: string;

  @ApiPropertyOptional({ example: 12, minimum: 0, maximum: 60 })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(60)
  estimatedDurationMonths?: number;

  @ApiPropertyOptional({ example: 'Closed once the shop has traded for six months', description: 'Required before the plan is submitted' })
  @Optional()
  @IsString()
  @Length(1, ARRANGEMENT_MAX)
  @MultiLine()
  exitStrategy?: string;

  @ApiPropertyOptional({ example: 'District health centre for her treatment', description: 'Transition to mainstream services' })
  @Optional()
  @IsString()
  @Length(1, ARRANGEMENT_MAX)
  @MultiLine()
  transitionToMainstream?: string;

  @ApiPropertyOptional({ type: BaselineScoresRequest })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => BaselineScoresRequest)
  baselineScores?: BaselineScoresRequest;
}
