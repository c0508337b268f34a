import { ApiProperty } from '@nestjs/swagger';
import { IsDay } from '@homeward/platform';

export class RecordArrivalRequest {
  @ApiProperty({ example: '2026-12-16', description: 'The actual return date; not in the future, not before registration' })
  @IsDay()
  arrivalDate!: string;
}
