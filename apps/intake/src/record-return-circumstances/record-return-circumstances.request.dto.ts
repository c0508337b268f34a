import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsString, Length, Max, Min } from 'class-validator';
import { DOCUMENTS, PREPAREDNESS, RETURN_TYPES, type IdentityDocument, type Preparedness, type ReturnType } from '@homeward/contracts/intake';
import { MultiLine, Optional } from '@homeward/platform';

export class RecordReturnCircumstancesRequest {
  @ApiProperty({ example: 30, minimum: 0, maximum: 1200 })
  @IsInt()
  @Min(0)
  @Max(1200)
  timeAbroadMonths!: number;

  @ApiProperty({ enum: RETURN_TYPES })
  @IsIn(RETURN_TYPES)
  returnType!: ReturnType;

  @ApiProperty({ example: false })
  @IsBoolean()
  detained!: boolean;

  @ApiPropertyOptional({ example: 12, minimum: 0, maximum: 36500, description: 'Only for a returnee who was detained' })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(36500)
  detentionDays?: number;

  @ApiProperty({ enum: PREPAREDNESS })
  @IsIn(PREPAREDNESS)
  preparedness!: Preparedness;

  @ApiProperty({ enum: DOCUMENTS, isArray: true, example: ['passport'] })
  @IsArray()
  @ArrayMaxSize(DOCUMENTS.length)
  @ArrayUnique()
  @IsIn(DOCUMENTS, { each: true })
  documentsHeld!: IdentityDocument[];

  @ApiPropertyOptional({ example: 'Lost the national id card in the camp' })
  @Optional()
  @IsString()
  @Length(1, 2000)
  @MultiLine()
  notes?: string;
}
