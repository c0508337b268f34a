import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsObject, IsString, Length, ValidateNested } from 'class-validator';
import { RISK_LEVELS, type RiskLevel } from '@homeward/contracts/planning';
import { MultiLine, Optional } from '@homeward/platform';
import { IsReference } from '../plan-commands/plan-request-rules';

// Table 2.2's questions, level by level; the explanations go in criteriaNotes.

export class ProgrammeDesignRequest {
  @ApiProperty({ description: 'Is cash support foreseen in the reintegration programme?' })
  @IsBoolean()
  cashForeseen!: boolean;
}

export class CostEfficiencyRequest {
  @ApiProperty({ description: 'Is the option chosen the most economical? If not, criteriaNotes.costEfficiency says why it was chosen' })
  @IsBoolean()
  mostEconomical!: boolean;
}

export class IncentivesRequest {
  @ApiProperty({ description: 'Would cash be an incentive to migrate, irregularly included?' })
  @IsBoolean()
  cashIsIncentive!: boolean;
}

export class RiskAssessmentRequest {
  @ApiProperty({ enum: RISK_LEVELS })
  @IsIn(RISK_LEVELS)
  security!: RiskLevel;

  @ApiProperty({ enum: RISK_LEVELS })
  @IsIn(RISK_LEVELS)
  fraudOrDiversion!: RiskLevel;

  @ApiProperty({ enum: RISK_LEVELS })
  @IsIn(RISK_LEVELS)
  dataProtection!: RiskLevel;

  @ApiProperty({ description: 'Are the risks of cash higher than those of the other options?' })
  @IsBoolean()
  higherThanAlternatives!: boolean;

  @ApiProperty({ description: 'Are they acceptable?' })
  @IsBoolean()
  acceptable!: boolean;
}

export class ConditionsRequest {
  @ApiProperty({ description: 'Are conditions needed?' })
  @IsBoolean()
  conditionsNeeded!: boolean;

  @ApiProperty({ description: 'Are goods and services available to meet them?' })
  @IsBoolean()
  goodsAndServicesAvailable!: boolean;
}

export class PartnersRequest {
  @ApiProperty({ description: 'Is there a partner able to pay cash directly at a reasonable cost?' })
  @IsBoolean()
  capablePartner!: boolean;

  @ApiPropertyOptional({ example: 'partner-wave' })
  @Optional()
  @IsReference()
  partnerId?: string;
}

/** One level of the table: a nested object with its own answers. */
const Level = <T>(type: () => new () => T) => applyDecorators(IsObject(), ValidateNested(), Type(type));

export class AllocationCriteriaRequest {
  @ApiProperty({ type: ProgrammeDesignRequest })
  @Level(() => ProgrammeDesignRequest)
  programmeDesign!: ProgrammeDesignRequest;

  @ApiProperty({ type: CostEfficiencyRequest })
  @Level(() => CostEfficiencyRequest)
  costEfficiency!: CostEfficiencyRequest;

  @ApiProperty({ type: IncentivesRequest })
  @Level(() => IncentivesRequest)
  incentives!: IncentivesRequest;

  @ApiProperty({ type: RiskAssessmentRequest })
  @Level(() => RiskAssessmentRequest)
  riskAssessment!: RiskAssessmentRequest;

  @ApiProperty({ type: ConditionsRequest })
  @Level(() => ConditionsRequest)
  conditions!: ConditionsRequest;

  @ApiProperty({ type: PartnersRequest })
  @Level(() => PartnersRequest)
  partners!: PartnersRequest;
}

const Note = () => applyDecorators(Optional(), IsString(), Length(1, 2000), MultiLine() as PropertyDecorator);

/** Why each answer was given, where it needs saying (a choice that is not the most economical always does). */
export class CriteriaNotesRequest {
  @ApiPropertyOptional()
  @Note()
  programmeDesign?: string;

  @ApiPropertyOptional({ example: 'Buying the sewing machine for her costs more but cannot be diverted' })
  @Note()
  costEfficiency?: string;

  @ApiPropertyOptional()
  @Note()
  incentives?: string;

  @ApiPropertyOptional()
  @Note()
  riskAssessment?: string;

  @ApiPropertyOptional()
  @Note()
  conditions?: string;

  @ApiPropertyOptional()
  @Note()
  partners?: string;
}
