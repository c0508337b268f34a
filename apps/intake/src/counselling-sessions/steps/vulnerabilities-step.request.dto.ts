import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsString, Length } from 'class-validator';
import { MultiLine, Optional } from '@homeward/platform';

/** Step 4: vulnerabilities assessed; each finding is its own screening. */
export class VulnerabilitiesStepRequest {
  @ApiProperty({ example: true })
  @IsBoolean()
  screened!: boolean;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @Length(1, 4000)
  @MultiLine()
  notes?: string;
}
