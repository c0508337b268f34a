import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { RELATIONSHIPS, SEXES, type Relationship, type Sex } from '@homeward/domain';
import { IsDay } from '@homeward/platform';

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
  @IsDay()
  dateOfBirth!: string;

  @ApiProperty({ enum: SEXES })
  @IsIn(SEXES)
  sex!: Sex;
}
