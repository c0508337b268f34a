import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { MultiLine, Optional } from '@homeward/platform';

/** Assistance refused closes a plan by itself, from intake's register: people close it for the other reasons. */
export const CLOSED_BY_PEOPLE = ['returnee_withdrew', 'contact_lost', 'other'] as const;

export class CompletePlanRequest {
  @ApiPropertyOptional({ example: 'The shop has traded for six months; she goes on without support' })
  @Optional()
  @IsString()
  @Length(1, 2000)
  @MultiLine()
  note?: string;
}

export class ClosePlanRequest {
  @ApiProperty({ enum: CLOSED_BY_PEOPLE })
  @IsIn(CLOSED_BY_PEOPLE)
  reason!: (typeof CLOSED_BY_PEOPLE)[number];

  @ApiPropertyOptional({ example: 'No answer to calls or visits for three months' })
  @Optional()
  @IsString()
  @Length(1, 2000)
  @MultiLine()
  note?: string;
}
