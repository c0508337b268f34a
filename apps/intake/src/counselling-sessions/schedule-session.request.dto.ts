import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { SESSION_PHASES, type SessionPhase } from '@homeward/contracts/intake';
import { IsInstant } from '@homeward/platform';

export class ScheduleSessionRequest {
  @ApiProperty({ enum: SESSION_PHASES, description: 'Before departure in the host country, or after arrival' })
  @IsIn(SESSION_PHASES)
  phase!: SessionPhase;

  @ApiProperty({ example: '2026-12-01T09:30:00Z' })
  @IsInstant()
  scheduledFor!: string;
}
