import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsString, Length, ValidateNested } from 'class-validator';
import { SEXES, type Sex } from '@homeward/contracts/intake';
import { IsCountry, IsDay, IsPersonName, MultiLine, Optional } from '@homeward/platform';
import { DuplicateOverrideRequest } from '../register-returnee/register-returnee.request.dto';

/** Only the details that were wrong, and why: the rest stays as registered. */
export class CorrectIdentityRequest {
  @ApiPropertyOptional({ example: 'Aoua' })
  @Optional()
  @IsString()
  @Length(1, 100)
  @IsPersonName()
  firstName?: string;

  @ApiPropertyOptional({ example: 'Diallo' })
  @Optional()
  @IsString()
  @Length(1, 100)
  @IsPersonName()
  lastName?: string;

  @ApiPropertyOptional({ example: '1995-03-02' })
  @Optional()
  @IsDay()
  dateOfBirth?: string;

  @ApiPropertyOptional({ enum: SEXES })
  @Optional()
  @IsIn(SEXES)
  sex?: Sex;

  @ApiPropertyOptional({ example: 'woman' })
  @Optional()
  @IsString()
  @Length(1, 50)
  gender?: string;

  @ApiPropertyOptional({ example: 'SN' })
  @Optional()
  @IsCountry()
  nationality?: string;

  @ApiProperty({ example: 'Date of birth as on the passport seen today' })
  @IsString()
  @Length(5, 2000)
  @MultiLine()
  reason!: string;

  @ApiPropertyOptional({ type: DuplicateOverrideRequest, description: 'Correct despite likely duplicates (another record with the identity this correction makes), saying why' })
  @Optional()
  @ValidateNested()
  @Type(() => DuplicateOverrideRequest)
  duplicateOverride?: DuplicateOverrideRequest;
}
