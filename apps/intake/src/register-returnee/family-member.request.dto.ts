import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsString, Length, Matches } from 'class-validator';
import { RELATIONSHIPS, SEXES, type Relationship, type Sex } from '@homeward/domain';

/** A family member who returns with the returnee and is part of the case. */
export class FamilyMemberRequest {
  @ApiProperty({ enum: RELATIONSHIPS })
  @IsIn(RELATIONSHIPS)
  relationship!: Relationship;

  @ApiProperty({ example: 'Moussa' })
  @IsString()
  @Length(1, 100)
  firstName!: string;

  @ApiProperty({ example: 'Diallo' })
  @IsString()
  @Length(1, 100)
  lastName!: string;

  @ApiProperty({ example: '2019-06-01' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateOfBirth must be a date as YYYY-MM-DD', context: { fr: 'doit être une date au format AAAA-MM-JJ' } })
  dateOfBirth!: string;

  @ApiProperty({ enum: SEXES })
  @IsIn(SEXES)
  sex!: Sex;
}
