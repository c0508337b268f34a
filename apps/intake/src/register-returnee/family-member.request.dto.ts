import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { RELATIONSHIPS, SEXES, type Relationship, type Sex } from '@homeward/contracts/intake';
import { IsDay, IsPersonName } from '@homeward/platform';

/** A family member who returns with the returnee and is part of the case. */
export class FamilyMemberRequest {
  @ApiProperty({ enum: RELATIONSHIPS })
  @IsIn(RELATIONSHIPS)
  relationship!: Relationship;

  @ApiProperty({ example: 'Moussa' })
  @IsString()
  @Length(1, 100)
  @IsPersonName()
  firstName!: string;

  @ApiProperty({ example: 'Diallo' })
  @IsString()
  @Length(1, 100)
  @IsPersonName()
  lastName!: string;

  @ApiProperty({ example: '2019-06-01', description: 'A parent is at least 12 years older than the returnee, a grandparent 24; a child at least 12 years younger; a legal guardian is an adult' })
  @IsDay()
  dateOfBirth!: string;

  @ApiProperty({ enum: SEXES })
  @IsIn(SEXES)
  sex!: Sex;
}
