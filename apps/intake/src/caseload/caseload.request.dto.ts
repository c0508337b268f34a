import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { PageParams } from '@homeward/platform';

export class CaseloadParams extends PageParams {
  @ApiPropertyOptional({ example: 'cm-awa', description: 'Supervisors and auditors: one case manager’s caseload. Case managers see their own.' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  caseManagerId?: string;
}
