import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

export class CaseloadParams {
  @ApiPropertyOptional({ example: 'cm-awa', description: 'Supervisors and auditors: one case manager’s caseload. Case managers see their own.' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  caseManagerId?: string;

  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ default: 0, maximum: 100000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  // Far beyond any office's caseload: a larger skip only makes the store walk the collection.
  @Max(100000)
  offset?: number;
}
