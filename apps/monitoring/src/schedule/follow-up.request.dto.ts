import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { FOLLOW_UP_KINDS, type FollowUpKind } from '@homeward/contracts/monitoring';
import { IsDay, MultiLine, Optional } from '@homeward/platform';
import { IsReference } from '../monitoring-commands/monitoring-request-rules';

/** Why the schedule changes: it is about her life (a wedding, a hospital visit), so personal. */
class WithReason {
  @ApiProperty({ example: 'She asked to meet before the training starts' })
  @IsString()
  @Length(1, 2000)
  @MultiLine()
  reason!: string;
}

export class AddFollowUpRequest extends WithReason {
  @ApiPropertyOptional({ example: 'cm-1', description: 'Its id on the schedule; the service makes one when left out' })
  @Optional()
  @IsReference()
  followUpId?: string;

  @ApiProperty({ enum: FOLLOW_UP_KINDS })
  @IsIn(FOLLOW_UP_KINDS)
  kind!: FollowUpKind;

  @ApiProperty({ example: '2027-02-01', description: 'Today or a later day' })
  @IsDay()
  dueOn!: string;
}

export class MoveFollowUpRequest extends WithReason {
  @ApiProperty({ example: '2027-02-15', description: 'Today or a later day' })
  @IsDay()
  dueOn!: string;
}
