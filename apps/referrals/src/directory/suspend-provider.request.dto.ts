import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { PROVIDER_SUSPENSION_REASONS, type ProviderSuspensionReason } from '@homeward/contracts/referrals';
import { MultiLine, Optional } from '@homeward/platform';

export class SuspendProviderRequest {
  @ApiProperty({ enum: PROVIDER_SUSPENSION_REASONS })
  @IsIn(PROVIDER_SUSPENSION_REASONS)
  reason!: ProviderSuspensionReason;

  @ApiPropertyOptional({ example: 'Two complaints about absent trainers', description: 'About the organisation, never about a returnee' })
  @Optional()
  @IsString()
  @Length(1, 1000)
  @MultiLine()
  note?: string;
}
