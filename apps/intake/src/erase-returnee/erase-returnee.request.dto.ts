import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ERASURE_REASONS, type ErasureReason } from '@homeward/contracts/intake';

export class EraseReturneeRequest {
  @ApiProperty({
    enum: ERASURE_REASONS,
    example: 'data_subject_request',
    description: 'The ground of GDPR article 17(1), as a code: the erasure event holds nothing personal, so no free text',
  })
  @IsIn(ERASURE_REASONS)
  reason!: ErasureReason;
}
