import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { assertCountryScope, CurrentPrincipal, IsCountry, pageOf, PageParams, Roles, type Principal } from '@homeward/platform';
import { answer } from '../openapi/answer';
import { ListEmergencyExceptionsQuery, type EmergencyExceptionsPage } from './emergency-exceptions.query';

export class EmergencyExceptionsParams extends PageParams {
  @ApiPropertyOptional({ example: 'SN', description: 'Only those recorded under this office' })
  @IsOptional()
  @IsCountry()
  country?: string;
}

@ApiTags('urgent referrals')
@ApiBearerAuth()
@Controller('referrals/emergency-exceptions')
export class EmergencyExceptionsController {
  constructor(private readonly queries: QueryBus) {}

  /** Auditors check each exception against its reason: the one role that replays who shared what without consent. */
  @Get()
  @Roles('auditor')
  @ApiOkResponse({
    description: 'One page of the referrals sent without prior consent to sharing under the life-threatening exception, with the reason and what the consent register answered, the latest first',
    schema: answer('EmergencyExceptionsPage'),
  })
  list(@Query() params: EmergencyExceptionsParams, @CurrentPrincipal() principal: Principal): Promise<EmergencyExceptionsPage> {
    if (params.country) assertCountryScope(principal, params.country);
    return this.queries.execute(new ListEmergencyExceptionsQuery(principal, params.country, pageOf(params)));
  }
}
