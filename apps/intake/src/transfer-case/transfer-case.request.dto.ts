import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { MultiLine } from '@homeward/platform';

export class TransferCaseRequest {
  @ApiProperty({ example: 'cm-moussa', description: 'The case manager of the receiving office' })
  @IsString()
  @Length(1, 64)
  toCaseManagerId!: string;

  @ApiProperty({ example: 'Pre-departure plan agreed; wants to restart the tailoring shop in Thiès' })
  @IsString()
  @Length(1, 4000)
  @MultiLine()
  handoverNote!: string;
}
