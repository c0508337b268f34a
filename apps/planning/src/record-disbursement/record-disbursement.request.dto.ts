import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { MAX_AMOUNT, MAX_INSTALMENTS } from '@homeward/contracts/planning';
import { IsDay } from '@homeward/platform';

/** A payment, in cash or in kind as its instalment says, against one instalment of an approved allocation. */
export class RecordDisbursementRequest {
  @ApiProperty({ example: 1, minimum: 1, maximum: MAX_INSTALMENTS })
  @IsInt()
  @Min(1)
  @Max(MAX_INSTALMENTS)
  instalment!: number;

  @ApiProperty({ example: 150000, minimum: 1, maximum: MAX_AMOUNT, description: "In the allocation's currency, minor unit; never more than the instalment, nor the total more than the approved amount" })
  @IsInt()
  @Min(1)
  @Max(MAX_AMOUNT)
  amount!: number;

  @ApiProperty({ example: '2027-01-20', description: 'Not in the future' })
  @IsDay()
  paidOn!: string;
}
