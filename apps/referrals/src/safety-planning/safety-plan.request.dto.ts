import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Length, ValidateNested } from 'class-validator';
import { MAX_SAFETY_PLAN_ITEMS } from '@homeward/contracts/referrals';
import { IsDay, MultiLine, Optional } from '@homeward/platform';

export class EmergencyContactRequest {
  @ApiProperty({ example: 'Khady Diallo' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional({ example: 'aunt' })
  @Optional()
  @IsString()
  @Length(1, 100)
  relationship?: string;

  @ApiPropertyOptional({ example: '+221 77 111 11 11' })
  @Optional()
  @IsString()
  @Length(1, 40)
  phone?: string;
}

export class RecordSafetyPlanRequest {
  @ApiProperty({ example: ['Threats from the recruiter who lives nearby'], description: 'The risks she faces: at least one' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SAFETY_PLAN_ITEMS)
  @IsString({ each: true })
  @Length(1, 1000, { each: true })
  @MultiLine()
  risks!: string[];

  @ApiProperty({ example: ['Stays with her aunt in Pikine'], description: 'How to reduce or avoid harm: at least one' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SAFETY_PLAN_ITEMS)
  @IsString({ each: true })
  @Length(1, 1000, { each: true })
  @MultiLine()
  mitigations!: string[];

  @ApiPropertyOptional({ example: ['Calls the hotline when afraid'], description: 'How to cope if a risk comes true' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(MAX_SAFETY_PLAN_ITEMS)
  @IsString({ each: true })
  @Length(1, 1000, { each: true })
  @MultiLine()
  copingStrategies?: string[];

  @ApiProperty({ type: [EmergencyContactRequest], description: 'Whom she can call in danger (may be none)' })
  @IsArray()
  @ArrayMaxSize(MAX_SAFETY_PLAN_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => EmergencyContactRequest)
  emergencyContacts!: EmergencyContactRequest[];

  @ApiPropertyOptional({ example: 'Gendarmerie of Pikine: 17, ask for the women’s desk', description: 'How to reach the emergency services that are safe for her' })
  @Optional()
  @IsString()
  @Length(1, 2000)
  @MultiLine()
  emergencyServices?: string;
}

export class DecideRelocationRequest {
  @ApiProperty({ example: 'Thiès', description: 'The area she moves to, where services exist' })
  @IsString()
  @Length(1, 200)
  toArea!: string;

  @ApiProperty({ example: 'The recruiter lives in her street; the shelter of Thiès has room' })
  @IsString()
  @Length(1, 2000)
  @MultiLine()
  reason!: string;

  @ApiProperty({ example: '2027-01-07', description: 'The day it was decided: not in the future' })
  @IsDay()
  decidedOn!: string;
}
