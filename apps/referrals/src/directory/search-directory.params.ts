import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { SERVICE_TYPES, type ServiceType } from '@homeward/contracts/referrals';
import { IsCountry, IsLanguage, PageParams } from '@homeward/platform';
import { IsAreaCode } from './area-code.rule';

const STATUSES = ['active', 'suspended'] as const;

/** A search of the directory: every filter given must hold; a page of the providers found, by name. */
export class SearchDirectoryParams extends PageParams {
  @ApiPropertyOptional({ example: 'SN', description: 'Only providers of this country (one of yours); by default those of all your countries' })
  @IsOptional()
  @IsCountry()
  country?: string;

  @ApiPropertyOptional({ example: 'SN-DK', description: 'Only providers serving this area' })
  @IsOptional()
  @IsAreaCode()
  area?: string;

  @ApiPropertyOptional({ enum: SERVICE_TYPES, description: 'Only providers offering this service (with area: there; with language: in it)' })
  @IsOptional()
  @IsIn(SERVICE_TYPES)
  serviceType?: ServiceType;

  @ApiPropertyOptional({ example: 'wo', description: 'Only providers giving a service in this language (with serviceType: that service)' })
  @IsOptional()
  @IsLanguage()
  language?: string;

  @ApiPropertyOptional({ enum: STATUSES, description: 'active: those taking referrals now; suspended: those that are not' })
  @IsOptional()
  @IsIn(STATUSES)
  status?: (typeof STATUSES)[number];
}
