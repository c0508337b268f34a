import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiBody, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { feasibilityGridSchema } from '@homeward/contracts/planning';
import { assertCountryScope, CurrentPrincipal, pageOf, Roles, type Page, type Principal } from '@homeward/platform';
import { GridError } from '@homeward/domain';
import { CountryPageParams } from '../country-page.params';
import { answer } from '../openapi/answer';
import { GridAddress, GridVersionAddress } from './grid-address';
import { gridOf, openApiSchemaOf } from './grid-body';
import { GridCatalogue, type GridVersionView } from './grid-catalogue';
import { GridCommands, type PublishedGridVersion } from './grid-commands';
import type { GridVersionItem } from './grid-versions.projection';

export class ListGridsParams extends CountryPageParams {}

/** Grids are data, not code: supervisors publish each version, case managers read them to build plans. */
@ApiTags('feasibility grids')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'A role that may not do this (data analysts and service providers read no grid), or OUT_OF_COUNTRY_SCOPE' })
@Controller('grids')
export class GridsController {
  constructor(
    private readonly commands: GridCommands,
    private readonly catalogue: GridCatalogue,
  ) {}

  @Post(':country/:programme/versions')
  @HttpCode(201)
  @Roles('supervisor', 'admin')
  @ApiBody({ description: 'The whole grid, in the upload format (the contract’s feasibilityGridSchema); its version is the next one', schema: openApiSchemaOf(feasibilityGridSchema) as object })
  @ApiCreatedResponse({ description: 'The version published', schema: answer('GridPublished') })
  @ApiBadRequestResponse({ description: 'INVALID_INPUT naming the field; GRID_ADDRESS_MISMATCH (the grid names another country or programme); GRID_ROW_ID_REPEATED' })
  @ApiConflictResponse({ description: 'GRID_VERSION_CONFLICT (not the next version; nextVersion says which), GRID_ID_CHANGED' })
  async publish(@Param() address: GridAddress, @Body() body: unknown, @CurrentPrincipal() principal: Principal): Promise<PublishedGridVersion> {
    assertCountryScope(principal, address.country);
    const grid = gridOf(body);
    if (grid.country !== address.country) throw new GridError('GRID_ADDRESS_MISMATCH', `The grid is for ${grid.country}, its address for ${address.country}`, 'country');
    if (grid.programme !== address.programme) throw new GridError('GRID_ADDRESS_MISMATCH', `The grid is of programme ${grid.programme}, its address of ${address.programme}`, 'programme');
    return this.commands.publish(principal, grid);
  }

  @Get()
  @Roles('case_manager', 'supervisor', 'auditor', 'admin')
  @ApiOkResponse({ description: 'One page of the grid versions of your countries, the newest first (rows counted, not listed)', schema: answer('GridVersionsPage') })
  list(@Query() params: ListGridsParams, @CurrentPrincipal() principal: Principal): Promise<Page<GridVersionItem>> {
    if (params.country) assertCountryScope(principal, params.country);
    const countries = params.country ? [params.country] : principal.countries.includes('*') ? undefined : principal.countries;
    return this.catalogue.list(countries, pageOf(params));
  }

  @Get(':country/:programme/versions/:version')
  @Roles('case_manager', 'supervisor', 'auditor', 'admin')
  @ApiOkResponse({ description: 'The version whole, rows and conditions, with when and by whom it was published', schema: answer('GridVersion') })
  @ApiNotFoundResponse({ description: 'GRID_NOT_FOUND, GRID_VERSION_NOT_FOUND' })
  version(@Param() address: GridVersionAddress, @CurrentPrincipal() principal: Principal): Promise<GridVersionView> {
    assertCountryScope(principal, address.country);
    return this.catalogue.version(address.country, address.programme, Number(address.version));
  }
}
