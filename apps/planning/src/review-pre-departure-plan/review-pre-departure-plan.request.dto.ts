import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, Length } from 'class-validator';
import { PRE_DEPARTURE_REVIEW_OUTCOMES, type PreDepartureReviewOutcome } from '@homeward/contracts/planning';
import { MultiLine, Optional } from '@homeward/platform';

export class ReviewPreDeparturePlanRequest {
  @ApiProperty({ example: '0190a1b2-0000-7000-8000-000000000001', description: 'The pre-departure counselling session whose plan design is reviewed' })
  @IsUUID()
  sessionId!: string;

  @ApiProperty({ enum: PRE_DEPARTURE_REVIEW_OUTCOMES })
  @IsIn(PRE_DEPARTURE_REVIEW_OUTCOMES)
  outcome!: PreDepartureReviewOutcome;

  @ApiPropertyOptional({ example: 'She now wants to work in Thiès rather than Dakar' })
  @Optional()
  @IsString()
  @Length(1, 2000)
  @MultiLine()
  notes?: string;
}
