import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsString,
  Length,
  ValidateNested,
} from 'class-validator';
import { MAX_FAMILY_MEMBERS, SEXES, type Sex } from '@homeward/contracts/intake';
import { IsCountry, IsDay, IsLanguage, IsPersonName, MultiLine, Optional } from '@homeward/platform';
import { ContactDetailsRequest } from '../change-contact-details/contact-details.request.dto';
import { FamilyMemberRequest } from './family-member.request.dto';

/** Why a case manager registers someone who looks like an existing returnee. */
export class DuplicateOverrideRequest {
  @ApiProperty({ example: 'Different person: checked the passport, another father name' })
  @IsString()
  @Length(10, 500)
  @MultiLine()
  reason!: string;
}


export class RegisterReturneeRequest extends ContactDetailsRequest {
  @ApiProperty({ example: 'Awa' })
  @IsString()
  @Length(1, 100)
  @IsPersonName()
  firstName!: string;

  @ApiProperty({ example: 'Diallo' })
  @IsString()
  @Length(1, 100)
  @IsPersonName()
  lastName!: string;

  @ApiProperty({ example: '1994-03-02', description: 'ISO date' })
  @IsDay()
  dateOfBirth!: string;

  @ApiProperty({ enum: SEXES })
  @IsIn(SEXES)
  sex!: Sex;

  @ApiProperty({ example: 'SN', description: 'ISO 3166-1 alpha-2' })
  @IsCountry()
  nationality!: string;

  @ApiProperty({ example: ['fr', 'wo'], description: 'ISO 639 codes (639-1, or 639-3 where a language has no two-letter code): at least the one the returnee speaks best' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsLanguage({ each: true })
  languages!: string[];

  @ApiPropertyOptional({ example: 'woman', description: 'As the returnee describes it' })
  @Optional()
  @IsString()
  @Length(1, 50)
  gender?: string;

  @ApiPropertyOptional({ example: true })
  @Optional()
  @IsBoolean()
  interpreterNeeded?: boolean;

  @ApiProperty({ example: 'MA', description: 'Where the returnee is now' })
  @IsCountry('MA')
  hostCountry!: string;

  @ApiPropertyOptional({ example: 'SN', description: 'The registering office, host country or country of origin; by default the host office when your countries cover it' })
  @Optional()
  @IsCountry()
  office?: string;

  @ApiProperty({ example: 'SN', description: 'Where the returnee goes back to' })
  @IsCountry()
  countryOfOrigin!: string;

  @ApiProperty({ example: '2026-12-15', description: 'Within two years from today, and not more than five years ago' })
  @IsDay()
  plannedReturnDate!: string;

  @ApiPropertyOptional({ type: [FamilyMemberRequest], description: 'Family members who are part of the case' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(MAX_FAMILY_MEMBERS)
  @ValidateNested({ each: true })
  @Type(() => FamilyMemberRequest)
  familyMembers?: FamilyMemberRequest[];

  @ApiPropertyOptional({ type: DuplicateOverrideRequest, description: 'Register despite likely duplicates, saying why' })
  @Optional()
  @ValidateNested()
  @Type(() => DuplicateOverrideRequest)
  duplicateOverride?: DuplicateOverrideRequest;
}
