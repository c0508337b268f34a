import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsIn, IsInt, IsObject, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { INSTALMENT_MODALITIES, MAX_AMOUNT, MAX_INSTALMENTS, MODALITIES, PROGRAMME_PATTERN, RISK_CONTROLS, type InstalmentModality, type Modality, type RiskControl } from '@homeward/contracts/planning';
import { IsDay, MultiLine, Optional } from '@homeward/platform';
import { programmeRule } from '../feasibility-grids/grid-address';
import { IsReference } from '../plan-commands/plan-request-rules';
import { AllocationCriteriaRequest, CriteriaNotesRequest } from './allocation-criteria.request.dto';

export class InstalmentRequest {
  @ApiProperty({ example: 1, minimum: 1, maximum: MAX_INSTALMENTS, description: '1, 2, … in the order of the due dates' })
  @IsInt()
  @Min(1)
  @Max(MAX_INSTALMENTS)
  number!: number;

  @ApiProperty({ example: '2027-01-20' })
  @IsDay()
  dueOn!: string;

  @ApiProperty({ example: 150000, minimum: 1, maximum: MAX_AMOUNT, description: "In the currency's minor unit" })
  @IsInt()
  @Min(1)
  @Max(MAX_AMOUNT)
  amount!: number;

  @ApiProperty({ enum: INSTALMENT_MODALITIES })
  @IsIn(INSTALMENT_MODALITIES)
  modality!: InstalmentModality;
}

/** The case manager's decision on a financial allocation element (Table 2.2): the answers, then the final decision. */
export class DecideAllocationRequest {
  @ApiProperty({ example: 'e-grant', description: "A financial_allocation element of the plan's latest version" })
  @IsReference()
  elementId!: string;

  @ApiPropertyOptional({
    example: 'example-reintegration-programme',
    description: "The programme that pays it, one with a grid in the plan's country; by default the only one with a grid there (GRID_PROGRAMME_REQUIRED when there are several)",
  })
  @Optional()
  @Matches(PROGRAMME_PATTERN, programmeRule)
  programme?: string;

  @ApiProperty({ enum: MODALITIES })
  @IsIn(MODALITIES)
  modality!: Modality;

  @ApiProperty({ type: AllocationCriteriaRequest })
  @IsObject()
  @ValidateNested()
  @Type(() => AllocationCriteriaRequest)
  criteria!: AllocationCriteriaRequest;

  @ApiPropertyOptional({ type: CriteriaNotesRequest })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => CriteriaNotesRequest)
  criteriaNotes?: CriteriaNotesRequest;

  @ApiProperty({ example: 300000, minimum: 1, maximum: MAX_AMOUNT, description: "In the currency's minor unit; the instalments add up to it" })
  @IsInt()
  @Min(1)
  @Max(MAX_AMOUNT)
  amount!: number;

  @ApiProperty({ example: 'XOF', description: 'ISO 4217' })
  @Matches(/^[A-Z]{3}$/, { message: '$property must be an ISO 4217 currency code such as XOF', context: { fr: 'doit être un code de devise ISO 4217, par exemple XOF' } })
  currency!: string;

  @ApiProperty({ type: [InstalmentRequest], minItems: 1, maxItems: MAX_INSTALMENTS })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_INSTALMENTS)
  @ValidateNested({ each: true })
  @Type(() => InstalmentRequest)
  instalments!: InstalmentRequest[];

  @ApiProperty({ enum: RISK_CONTROLS, isArray: true, description: 'How the risks of the payments are controlled: at least one' })
  @IsArray()
  @ArrayMaxSize(RISK_CONTROLS.length)
  @ArrayUnique({ message: '$property must not name a control twice', context: { fr: 'ne doit pas citer deux fois le même contrôle' } })
  @IsIn(RISK_CONTROLS, { each: true })
  riskControls!: RiskControl[];

  @ApiProperty({ example: 'The shop is open and trading six months after the first payment' })
  @IsString()
  @Length(1, 2000)
  @MultiLine()
  effectivenessMeasure!: string;
}
