import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Length, Matches } from 'class-validator';
import { DECLINE_REASONS, FOLLOW_UP_OUTCOMES, REFERRAL_CLOSURE_REASONS, type DeclineReason, type FollowUpOutcome, type ReferralClosureReason } from '@homeward/contracts/referrals';
import { IsDay, MultiLine, Optional } from '@homeward/platform';

/**
 * What the case manager adds to what intake shares of her, for the service types whose minimum data set
 * asks for it; it leaves only if that set and her consent both cover it.
 */
export class SendReferralRequest {
  @ApiPropertyOptional({ example: 'Wants to train as a pattern cutter; has sewn for ten years', description: 'The need, in words the provider may read (a health need is health data: it leaves only under consent to health)' })
  @Optional()
  @IsString()
  @Length(1, 2000)
  @MultiLine()
  needSummary?: string;

  @ApiPropertyOptional({ example: 'SN-DK', description: 'The code of the area she lives in, as the directory names areas' })
  @Optional()
  @Matches(/^[A-Z]{2}(-[A-Z0-9]{1,6}){0,2}$/, { message: '$property must be an area code such as SN-DK', context: { fr: 'doit être un code de zone, par exemple SN-DK' } })
  area?: string;
}

export class AcceptReferralRequest {
  @ApiPropertyOptional({ example: '2027-02-01', description: 'When the service starts' })
  @Optional()
  @IsDay()
  startOn?: string;
}

export class DeclineReferralRequest {
  @ApiProperty({ enum: DECLINE_REASONS })
  @IsIn(DECLINE_REASONS)
  reason!: DeclineReason;

  @ApiPropertyOptional({ example: 'The next session starts in September' })
  @Optional()
  @IsString()
  @Length(1, 2000)
  @MultiLine()
  note?: string;
}

export class RecordDeliveryRequest {
  @ApiProperty({ example: '2027-04-30', description: 'Not in the future' })
  @IsDay()
  deliveredOn!: string;

  @ApiPropertyOptional({ example: 'Finished the course' })
  @Optional()
  @IsString()
  @Length(1, 2000)
  @MultiLine()
  note?: string;
}

export class RecordFollowUpRequest {
  @ApiProperty({ enum: FOLLOW_UP_OUTCOMES })
  @IsIn(FOLLOW_UP_OUTCOMES)
  outcome!: FollowUpOutcome;

  @ApiProperty({ example: '2027-05-10', description: 'Not in the future' })
  @IsDay()
  followedUpOn!: string;

  @ApiPropertyOptional({ example: 'Works in a workshop in Thiès' })
  @Optional()
  @IsString()
  @Length(1, 2000)
  @MultiLine()
  notes?: string;
}

export class CloseReferralRequest {
  @ApiProperty({ enum: REFERRAL_CLOSURE_REASONS, description: 'service_completed once followed up; declined once declined' })
  @IsIn(REFERRAL_CLOSURE_REASONS)
  reason!: ReferralClosureReason;

  @ApiPropertyOptional({ example: 'Need met' })
  @Optional()
  @IsString()
  @Length(1, 2000)
  @MultiLine()
  note?: string;
}
