import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { SERVICE_TYPES, UNMET_NEED_CLOSURE_REASONS, type ServiceType, type UnmetNeedClosureReason } from '@homeward/contracts/referrals';
import { IsDay, MultiLine, Optional } from '@homeward/platform';

/** Who raises a need by hand: a case manager, or one about an element of the plan. Urgent needs come from intake. */
const RAISED_BY = ['case_manager', 'plan_element'] as const;

export class RecordUnmetNeedRequest {
  @ApiProperty({ enum: SERVICE_TYPES, example: 'legal_aid', description: 'The service no active provider offers where the returnee is' })
  @IsIn(SERVICE_TYPES)
  serviceType!: ServiceType;

  @ApiPropertyOptional({ example: 'SN-DK', description: 'The administrative area, if known (as the directory names areas)' })
  @Optional()
  @IsString()
  @Length(1, 64)
  area?: string;

  @ApiPropertyOptional({ enum: RAISED_BY, default: 'case_manager', description: 'Where the need came from' })
  @Optional()
  @IsIn(RAISED_BY)
  source?: (typeof RAISED_BY)[number];

  @ApiPropertyOptional({ example: 'e-legal', description: 'The plan element it came from, for a need of the plan: recorded once while open' })
  @Optional()
  @IsString()
  @Length(1, 64)
  sourceId?: string;
}

export class UnmetNeedMetRequest {
  @ApiProperty({ example: '2027-03-01', description: 'The day the need was met: not in the future' })
  @IsDay()
  metOn!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The referral of this case that met it, if one did' })
  @Optional()
  @IsString()
  @Length(1, 64)
  referralId?: string;
}

export class UnmetNeedClosureRequest {
  @ApiProperty({ enum: UNMET_NEED_CLOSURE_REASONS, example: 'relocated' })
  @IsIn(UNMET_NEED_CLOSURE_REASONS)
  reason!: UnmetNeedClosureReason;

  @ApiPropertyOptional({ example: 'Moved to Thiès, where the clinic is', description: 'Sensitive: kept in the history, sealed, not in any list' })
  @Optional()
  @IsString()
  @Length(1, 2000)
  @MultiLine()
  note?: string;
}
