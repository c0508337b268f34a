import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { MultiLine } from '@homeward/platform';
import { Optional } from '../case-commands/request-rules';

export class FamilyMemberLeftRequest {
  @ApiPropertyOptional({ example: 'Stayed in Rabat with her employer' })
  @Optional()
  @IsString()
  @Length(1, 2000)
  @MultiLine()
  reason?: string;
}
