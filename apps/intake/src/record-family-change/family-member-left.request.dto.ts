import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { MultiLine, Optional } from '@homeward/platform';

export class FamilyMemberLeftRequest {
  @ApiPropertyOptional({ example: 'Stayed in Rabat with her employer' })
  @Optional()
  @IsString()
  @Length(1, 2000)
  @MultiLine()
  reason?: string;
}
