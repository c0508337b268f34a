import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { CONSENT_PURPOSES, DATA_CATEGORIES, type ConsentPurpose, type DataCategory } from '@homeward/contracts/intake';
import { IsDay } from '@homeward/platform';

/** "May recipient R receive data D for purpose P about this case on day T?" */
export class CheckConsentParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'caseId must be a UUID', context: { fr: 'doit être un UUID' } })
  caseId!: string;

  @ApiProperty({ enum: CONSENT_PURPOSES })
  @IsIn(CONSENT_PURPOSES)
  purpose!: ConsentPurpose;

  @ApiPropertyOptional({ example: 'provider-clinique-dakar', description: 'Required to be covered by a data-sharing consent' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  recipientId?: string;

  @ApiPropertyOptional({ enum: DATA_CATEGORIES })
  @IsOptional()
  @IsIn(DATA_CATEGORIES)
  dataCategory?: DataCategory;

  @ApiPropertyOptional({ example: '2026-11-23', description: 'The day the data would leave; today (UTC) if not given' })
  @IsOptional()
  @IsDay()
  on?: string;
}
