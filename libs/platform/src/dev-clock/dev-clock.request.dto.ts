import { IsInt, Max, Min } from 'class-validator';

/** A whole number of hours, at most a year: enough for any deadline the services keep. */
export class AdvanceDevClockRequest {
  @IsInt()
  @Min(1)
  @Max(8784)
  hours!: number;
}
