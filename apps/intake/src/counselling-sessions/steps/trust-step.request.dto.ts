import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { MultiLine, Optional } from '@homeward/platform';

/** Step 2: building trust. */
export class TrustStepRequest {
  @ApiPropertyOptional({ example: 'Talked about her family in Thiès first' })
  @Optional()
  @IsString()
  @Length(1, 4000)
  @MultiLine()
  notes?: string;
}
