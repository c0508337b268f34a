import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { IsDay, MultiLine, Optional } from '@homeward/platform';

/** Step 6: the summary and the date of the follow-up; the session ends with it. */
export class ClosingStepRequest {
  @ApiProperty({ example: 'Agreed goals; next meeting after arrival' })
  @IsString()
  @Length(1, 4000)
  @MultiLine()
  summary!: string;

  @ApiPropertyOptional({ example: '2027-01-10' })
  @Optional()
  @IsDay()
  nextSessionDate?: string;
}
