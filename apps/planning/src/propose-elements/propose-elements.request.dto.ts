import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { FACTOR_ASSESSMENTS, INDIVIDUAL_FACTORS, URGENCIES, VULNERABILITY_AREAS, type FactorAssessment, type IndividualFactor, type Urgency, type VulnerabilityArea } from '@homeward/contracts/intake';
import { NEEDS, PROGRAMME_PATTERN, type Need } from '@homeward/contracts/planning';
import { programmeRule } from '../feasibility-grids/grid-address';

export class ConfirmedFactor {
  @ApiProperty({ enum: INDIVIDUAL_FACTORS, example: 'skills_and_knowledge' })
  @IsIn(INDIVIDUAL_FACTORS)
  factor!: IndividualFactor;

  @ApiProperty({ enum: FACTOR_ASSESSMENTS, example: 'capacity' })
  @IsIn(FACTOR_ASSESSMENTS)
  assessment!: FactorAssessment;
}

export class ConfirmedVulnerability {
  @ApiProperty({ enum: VULNERABILITY_AREAS, example: 'mental_health' })
  @IsIn(VULNERABILITY_AREAS)
  area!: VulnerabilityArea;

  @ApiProperty({ enum: URGENCIES, example: 'routine' })
  @IsIn(URGENCIES)
  urgency!: Urgency;
}

/**
 * What the grid is read against, as the case manager confirms it with the returnee: the needs
 * identified, the individual factors (Table 2.1) and vulnerabilities intake assessed, age and family.
 */
export class ProposeElementsRequest {
  @ApiProperty({ enum: NEEDS, isArray: true, example: ['business_project', 'lacks_vocational_skills'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(NEEDS.length)
  @IsIn(NEEDS, { each: true })
  needs!: Need[];

  @ApiPropertyOptional({ type: [ConfirmedFactor] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(INDIVIDUAL_FACTORS.length)
  @ValidateNested({ each: true })
  @Type(() => ConfirmedFactor)
  factors?: ConfirmedFactor[];

  @ApiPropertyOptional({ type: [ConfirmedVulnerability] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(VULNERABILITY_AREAS.length)
  @ValidateNested({ each: true })
  @Type(() => ConfirmedVulnerability)
  vulnerabilities?: ConfirmedVulnerability[];

  @ApiPropertyOptional({ example: 32, description: 'Completed years today; unknown, no age condition holds' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  age?: number;

  @ApiPropertyOptional({ example: false, description: 'Family members returned with her and are part of the case' })
  @IsOptional()
  @IsBoolean()
  familyInCase?: boolean;

  @ApiPropertyOptional({ example: 'example-reintegration-programme', description: "The programme whose grid is read; by default the only one with a grid in the plan's country" })
  @IsOptional()
  @Matches(PROGRAMME_PATTERN, programmeRule)
  programme?: string;
}
