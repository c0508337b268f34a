import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsIn, IsObject, IsString, Length, ValidateBy, ValidateIf, ValidateNested } from 'class-validator';
import { CONSENT_PURPOSES, DATA_CATEGORIES, type ConsentPurpose, type DataCategory } from '@homeward/contracts/intake';
import { IsDay, IsLanguage, Optional } from '@homeward/platform';
import { ConsentRecipientRequest, ConsentWitnessRequest } from './consent-parties.request.dto';

export const CONSENT_DECISIONS = ['given', 'refused'] as const;

/** A refusal covers no data: categories on a refusal are a form filled in wrongly, not something to drop silently. */
const NotOnRefusal = () =>
  ValidateBy({
    name: 'notOnRefusal',
    validator: { validate: (_value, args) => (args?.object as RecordConsentRequest).decision !== 'refused' },
  }, { message: '$property must be left out when consent is refused', context: { fr: 'doit être omis quand le consentement est refusé' } });

/** One signed form: the returnee gives or refuses consent for one purpose (and, for sharing, one recipient). */
export class RecordConsentRequest {
  @ApiProperty({ enum: CONSENT_DECISIONS })
  @IsIn(CONSENT_DECISIONS)
  decision!: (typeof CONSENT_DECISIONS)[number];

  @ApiProperty({ enum: CONSENT_PURPOSES })
  @IsIn(CONSENT_PURPOSES)
  purpose!: ConsentPurpose;

  @ApiPropertyOptional({ type: ConsentRecipientRequest, description: 'Required for data_sharing' })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => ConsentRecipientRequest)
  recipient?: ConsentRecipientRequest;

  @ApiPropertyOptional({ enum: DATA_CATEGORIES, isArray: true, description: 'What the consent covers: required when given, left out when refused' })
  @ValidateIf((form: RecordConsentRequest, value: unknown) => form.decision === 'given' || value !== undefined)
  @NotOnRefusal()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(DATA_CATEGORIES.length)
  @ArrayUnique()
  @IsIn(DATA_CATEGORIES, { each: true })
  dataCategories?: DataCategory[];

  @ApiProperty({ example: '2026-11-23', description: 'The date on the signed form' })
  @IsDay()
  decidedOn!: string;

  @ApiProperty({ example: 'IOM-RC-2024.1' })
  @IsString()
  @Length(1, 32)
  formVersion!: string;

  @ApiProperty({ example: 'fr', description: 'ISO 639 code of the form the returnee read' })
  @IsLanguage()
  language!: string;

  @ApiPropertyOptional({ type: ConsentWitnessRequest })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => ConsentWitnessRequest)
  witness?: ConsentWitnessRequest;
}
