import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { assertCountryScope, CurrentPrincipal, pageOf, Roles, type Principal } from '@homeward/platform';
import { answer } from '../openapi/answer';
import { DIRECTORY_READERS } from './directory-access';
import type { DirectoryPage, ProviderView } from './directory-view';
import { GetProviderQuery } from './get-provider.query';
import { ApiProviderIdParam, ProviderIdParam } from './provider-id.param';
import { SearchDirectoryParams } from './search-directory.params';
import { SearchDirectoryQuery } from './search-directory.query';

/** The directory as those who refer returnees read it, and as a provider's users read their own entry. */
@ApiTags('directory')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'A role that reads no directory (ROLE_NOT_ALLOWED: a service provider reading another organisation), or a country outside yours (OUT_OF_COUNTRY_SCOPE)' })
@Controller('providers')
export class DirectoryController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles(...DIRECTORY_READERS)
  @ApiOkResponse({ description: 'One page of the providers of your countries matching every filter given, by name; a service provider’s user finds its own entry only', schema: answer('DirectoryPage') })
  search(@Query() params: SearchDirectoryParams, @CurrentPrincipal() principal: Principal): Promise<DirectoryPage> {
    if (params.country && principal.role !== 'service_provider') assertCountryScope(principal, params.country);
    const { country, area, serviceType, language, status } = params;
    return this.queries.execute(new SearchDirectoryQuery(principal, { country, area, serviceType, language, status }, pageOf(params)));
  }

  @Get(':providerId')
  @Roles(...DIRECTORY_READERS)
  @ApiProviderIdParam()
  @ApiOkResponse({ description: 'The provider’s profile, and whether it takes referrals now', schema: answer('DirectoryProvider') })
  @ApiNotFoundResponse({ description: 'PROVIDER_NOT_FOUND' })
  provider(@ProviderIdParam() providerId: string, @CurrentPrincipal() principal: Principal): Promise<ProviderView> {
    return this.queries.execute(new GetProviderQuery(principal, providerId));
  }
}
