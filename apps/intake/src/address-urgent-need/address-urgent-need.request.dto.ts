import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { MultiLine, Optional } from '@homeward/platform';

export class AddressUrgentNeedRequest {
  @ApiPropertyOptional({ example: 'Seen at the district hospital; insulin supplied for three months' })
  @Optional()
  @IsString()
  @Length(1, 2000)
  @MultiLine()
  note?: string;
}
