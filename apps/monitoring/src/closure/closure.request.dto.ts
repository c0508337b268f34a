import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsObject, IsString, Length, ValidateNested } from 'class-validator';
import { MAX_HANDOVERS, MONITORING_CLOSURE_REASONS, type MonitoringClosureReason } from '@homeward/contracts/monitoring';
import { DIMENSIONS, type Dimension } from '@homeward/contracts/planning';
import { IsDay, MultiLine, Optional } from '@homeward/platform';

/** A mainstream service the returnee is handed over to: an organisation, never a person. */
export class HandoverRequest {
  @ApiProperty({ example: 'District health centre' })
  @IsString()
  @Length(1, 200)
  organisation!: string;

  @ApiProperty({ enum: DIMENSIONS })
  @IsIn(DIMENSIONS)
  dimension!: Dimension;
}

export class CloseMonitoringRequest {
  @ApiProperty({ enum: MONITORING_CLOSURE_REASONS })
  @IsIn(MONITORING_CLOSURE_REASONS)
  reason!: MonitoringClosureReason;

  @ApiProperty({ example: '2028-01-15', description: 'Today or before' })
  @IsDay()
  closedOn!: string;

  @ApiProperty({ type: [HandoverRequest], description: 'Required when the exit strategy is completed' })
  @IsArray()
  @ArrayMaxSize(MAX_HANDOVERS)
  @ValidateNested({ each: true })
  @IsObject({ each: true })
  @Type(() => HandoverRequest)
  handover!: HandoverRequest[];

  @ApiPropertyOptional({ example: 'The shop runs without help' })
  @Optional()
  @IsString()
  @Length(1, 2000)
  @MultiLine()
  note?: string;
}

export class ReopenMonitoringRequest {
  @ApiProperty({ example: 'Her shop burnt down; she asks for help again' })
  @IsString()
  @Length(1, 2000)
  @MultiLine()
  reason!: string;
}
