import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsString, Length } from 'class-validator';
import { MultiLine, Optional } from '@homeward/platform';

/** Step 3: the process explained, and the right to refuse assistance at any time. Consent itself is its own record. */
export class ProcessAndConsentStepRequest {
  @ApiProperty({ example: true })
  @IsBoolean()
  processExplained!: boolean;

  @ApiProperty({ example: true })
  @IsBoolean()
  rightToRefuseExplained!: boolean;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @Length(1, 4000)
  @MultiLine()
  notes?: string;
}
