import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { MultiLine, Optional } from '@homeward/platform';

export class PauseSessionRequest {
  @ApiPropertyOptional({ example: 'The returnee needed a break' })
  @Optional()
  @IsString()
  @Length(1, 500)
  @MultiLine()
  reason?: string;
}
