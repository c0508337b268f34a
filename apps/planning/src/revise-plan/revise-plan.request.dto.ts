import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsString, Length, ValidateNested } from 'class-validator';
import { MultiLine, Optional } from '@homeward/platform';
import { PlanContentRequest } from '../draft-plan/plan-content.request.dto';

export class RevisePlanRequest {
  @ApiProperty({ example: 'The training centre closed; another one in Thiès takes her' })
  @IsString()
  @Length(1, 2000)
  @MultiLine()
  reason!: string;

  @ApiPropertyOptional({ type: PlanContentRequest, description: 'The new version; by default it starts as the version in force' })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => PlanContentRequest)
  content?: PlanContentRequest;
}
