import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Length, Max, Min } from 'class-validator';
import { W_DIRECTIONS, W_INTENSITY_MAX, W_INTENSITY_MIN, type WDirection } from '@homeward/contracts/monitoring';
import { DIMENSIONS, type Dimension } from '@homeward/contracts/planning';
import { IsDay, MultiLine, Optional } from '@homeward/platform';
import { IsReference } from '../monitoring-commands/monitoring-request-rules';

/** A high or a low of the return journey (the W-model): when, in which dimension, which way, how strongly, and what happened (personal). */
export class WModelPointRequest {
  @ApiPropertyOptional({ example: 'w-1', description: 'Its id; the service makes one when left out' })
  @Optional()
  @IsReference()
  pointId?: string;

  @ApiProperty({ example: '2027-01-20', description: 'The day it happened: today or before' })
  @IsDay()
  occurredOn!: string;

  @ApiProperty({ enum: DIMENSIONS })
  @IsIn(DIMENSIONS)
  dimension!: Dimension;

  @ApiProperty({ enum: W_DIRECTIONS })
  @IsIn(W_DIRECTIONS)
  direction!: WDirection;

  @ApiProperty({ example: 3, minimum: W_INTENSITY_MIN, maximum: W_INTENSITY_MAX })
  @IsInt()
  @Min(W_INTENSITY_MIN)
  @Max(W_INTENSITY_MAX)
  intensity!: number;

  @ApiProperty({ example: 'The rent of the shop doubled' })
  @IsString()
  @Length(1, 2000)
  @MultiLine()
  whatHappened!: string;
}
