import { ApiProperty } from '@nestjs/swagger';
import { IsInstant } from '@homeward/platform';

export class ContinueSessionLaterRequest {
  @ApiProperty({ example: '2026-12-03T09:30:00Z', description: 'When the session that carries on from this one takes place' })
  @IsInstant()
  scheduledFor!: string;
}
