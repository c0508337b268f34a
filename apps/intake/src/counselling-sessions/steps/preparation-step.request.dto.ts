import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsObject, ValidateNested } from 'class-validator';
import { IsLanguage, Optional } from '@homeward/platform';

export class InterpreterRequest {
  @ApiProperty({ example: true })
  @IsBoolean()
  present!: boolean;

  @ApiPropertyOptional({ example: true, description: 'Required when an interpreter is present' })
  @Optional()
  @IsBoolean()
  boundToConfidentiality?: boolean;

  @ApiPropertyOptional({ example: 'wo', description: 'ISO 639 code' })
  @Optional()
  @IsLanguage()
  language?: string;
}

/** Step 1: the checklist before the returnee comes in. */
export class PreparationStepRequest {
  @ApiProperty({ example: true })
  @IsBoolean()
  hostCountryInformationReviewed!: boolean;

  @ApiProperty({ example: true })
  @IsBoolean()
  privatePlace!: boolean;

  @ApiProperty({ example: true, description: 'Records are kept secure and confidential' })
  @IsBoolean()
  recordsSecured!: boolean;

  @ApiProperty({ type: InterpreterRequest })
  @IsObject()
  @ValidateNested()
  @Type(() => InterpreterRequest)
  interpreter!: InterpreterRequest;
}
