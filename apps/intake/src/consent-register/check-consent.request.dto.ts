import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { CONSENT_PURPOSES, DATA_CATEGORIES, type ConsentPurpose, type DataCategory } from '@homeward/domain';

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
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'on must be a date as YYYY-MM-DD', context: { fr: 'doit être une date au format AAAA-MM-JJ' } })
  on?: string;
}
