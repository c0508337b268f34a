import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { MultiLine } from '@homeward/platform';

/**
 * The handover to the office of the country of origin. Nobody is named: the receiving
 * office's supervisor assigns the case, or one of its case managers accepts it.
 */
export class TransferCaseRequest {
  @ApiProperty({ example: 'Pre-departure plan agreed; wants to restart the tailoring shop in Thiès' })
  @IsString()
  @Length(1, 4000)
  @MultiLine()
  handoverNote!: string;
}
