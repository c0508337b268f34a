import { ApiProperty } from '@nestjs/swagger';
import { IsDay } from '@homeward/platform';

export class IssueReportRequest {
  @ApiProperty({ example: '2027-06-07', description: 'The day the report was issued: today or before. The report then says what was known on that day.' })
  @IsDay()
  issuedOn!: string;
}
