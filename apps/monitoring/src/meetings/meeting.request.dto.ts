import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsObject, IsString, Length, ValidateNested } from 'class-validator';
import { ATTENDEE_ROLES, MAX_ATTENDEES, MAX_W_POINTS_PER_MEETING, MEETING_MODES, type AttendeeRole, type MeetingMode } from '@homeward/contracts/monitoring';
import { ELEMENT_STATUSES, MAX_ELEMENTS, type ElementStatus } from '@homeward/contracts/planning';
import { IsDay, MultiLine, Optional } from '@homeward/platform';
import { IsReference } from '../monitoring-commands/monitoring-request-rules';
import { WModelPointRequest } from './w-model-point.request.dto';

/** Where a plan element stands, as the meeting found it. */
export class ElementStatusRequest {
  @ApiProperty({ example: 'e-training', description: 'An element of the plan version monitoring follows' })
  @IsReference()
  elementId!: string;

  @ApiProperty({ enum: ELEMENT_STATUSES })
  @IsIn(ELEMENT_STATUSES)
  status!: ElementStatus;
}

/** A follow-up meeting (handbook 2.3.3): how it was held, who took part, what was said (personal), where the plan stands. */
export class RecordMeetingRequest {
  @ApiPropertyOptional({ example: 'p1-m1', description: 'The scheduled meeting it holds; leave out for a meeting off the schedule' })
  @Optional()
  @IsReference()
  followUpId?: string;

  @ApiProperty({ example: '2027-01-25', description: 'Today or before' })
  @IsDay()
  heldOn!: string;

  @ApiProperty({ enum: MEETING_MODES, description: 'Face to face is preferred; phone or email is recorded as such' })
  @IsIn(MEETING_MODES)
  mode!: MeetingMode;

  @ApiProperty({ enum: ATTENDEE_ROLES, isArray: true, description: 'Who took part, by role, each once' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ATTENDEES)
  @IsIn(ATTENDEE_ROLES, { each: true })
  attendees!: AttendeeRole[];

  @ApiPropertyOptional({ example: ['Awa Diallo'], description: 'The names of those present (personal)' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(MAX_ATTENDEES)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  attendeeNames?: string[];

  @ApiPropertyOptional({ example: 'Sleeps badly since the return' })
  @Optional()
  @IsString()
  @Length(1, 4000)
  @MultiLine()
  notes?: string;

  @ApiPropertyOptional({ example: 'Wants evening classes', description: "The returnee's feedback on her plan" })
  @Optional()
  @IsString()
  @Length(1, 4000)
  @MultiLine()
  feedback?: string;

  @ApiProperty({ type: [ElementStatusRequest] })
  @IsArray()
  @ArrayMaxSize(MAX_ELEMENTS)
  @ValidateNested({ each: true })
  @IsObject({ each: true })
  @Type(() => ElementStatusRequest)
  elementStatuses!: ElementStatusRequest[];

  @ApiPropertyOptional({ example: false, description: 'Her situation changed radically: monitoring recommends a plan review' })
  @Optional()
  @IsBoolean()
  radicalChangeReported?: boolean;

  @ApiPropertyOptional({ type: [WModelPointRequest], description: 'The highs and lows she told' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(MAX_W_POINTS_PER_MEETING)
  @ValidateNested({ each: true })
  @IsObject({ each: true })
  @Type(() => WModelPointRequest)
  wModelPoints?: WModelPointRequest[];
}
