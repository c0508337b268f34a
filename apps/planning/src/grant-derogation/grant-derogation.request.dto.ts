import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { IsDay, MultiLine } from '@homeward/platform';

export class GrantDerogationRequest {
  @ApiProperty({ example: '2027-02-15', description: 'Later than the current due date, and not before today' })
  @IsDay()
  dueOn!: string;

  @ApiProperty({ example: 'In hospital for three weeks after her return' })
  @IsString()
  @Length(1, 2000)
  @MultiLine()
  reason!: string;
}
