import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { FACTOR_ASSESSMENTS, INDIVIDUAL_FACTORS, type FactorAssessment, type IndividualFactor } from '@homeward/contracts/intake';
import { MultiLine } from '@homeward/platform';

/** One of the 17 factors of Table 2.1, as a capacity, a vulnerability or neutral. */
export class AssessIndividualFactorRequest {
  @ApiProperty({ enum: INDIVIDUAL_FACTORS })
  @IsIn(INDIVIDUAL_FACTORS)
  factor!: IndividualFactor;

  @ApiProperty({ enum: FACTOR_ASSESSMENTS })
  @IsIn(FACTOR_ASSESSMENTS)
  assessment!: FactorAssessment;

  @ApiProperty({ example: 'Ten years as a tailor; wants to work again' })
  @IsString()
  @Length(1, 2000)
  @MultiLine()
  note!: string;
}
