import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { IsDay, MultiLine, Optional } from '@homeward/platform';

export class WithdrawConsentRequest {
  @ApiProperty({ example: '2026-12-20' })
  @IsDay()
  withdrawnOn!: string;

  @ApiPropertyOptional({ example: 'Does not want the clinic to hold her file' })
  @Optional()
  @IsString()
  @Length(1, 2000)
  @MultiLine()
  reason?: string;
}
