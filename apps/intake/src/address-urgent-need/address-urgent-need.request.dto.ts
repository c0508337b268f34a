import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { MultiLine } from '@homeward/platform';
import { Optional } from '../case-commands/request-rules';

export class AddressUrgentNeedRequest {
  @ApiPropertyOptional({ example: 'Seen at the district hospital; insulin supplied for three months' })
  @Optional()
  @IsString()
  @Length(1, 2000)
  @MultiLine()
  note?: string;
}
