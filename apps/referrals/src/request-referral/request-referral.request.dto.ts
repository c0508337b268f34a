import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { SERVICE_TYPES, type ServiceType } from '@homeward/contracts/referrals';
import { MultiLine, Optional } from '@homeward/platform';
import { IsReference } from '../referral-commands/referral-params';

/** A case manager refers the case to a provider of the directory, for a service it offers. */
export class RequestReferralRequest {
  @ApiProperty({ enum: SERVICE_TYPES })
  @IsIn(SERVICE_TYPES)
  serviceType!: ServiceType;

  @ApiProperty({ example: 'prov-cfp-dakar', description: 'A provider of the directory, active, offering this service type' })
  @IsReference()
  providerId!: string;

  @ApiPropertyOptional({ example: 'Mornings only: she looks after her mother in the afternoon', description: "For the case's staff: it never leaves with the referral" })
  @Optional()
  @IsString()
  @Length(1, 2000)
  @MultiLine()
  note?: string;
}
