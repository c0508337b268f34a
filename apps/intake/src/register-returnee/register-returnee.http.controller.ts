import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { assertCountryScope, currentCorrelationId, CurrentPrincipal, Roles, type Principal } from '@homeward/platform';
import { RegisterReturneeCommand, type RegisterReturneeResult } from './register-returnee.command';
import { RegisterReturneeRequest } from './register-returnee.request.dto';

@ApiTags('returnees')
@ApiBearerAuth()
@Controller('returnees')
export class RegisterReturneeController {
  constructor(private readonly commands: CommandBus) {}

  /** Registers the returnee and opens their case; the caller becomes its case manager. */
  @Post()
  @HttpCode(201)
  @Roles('case_manager', 'supervisor')
  @ApiCreatedResponse({ description: 'Returnee registered, case opened' })
  register(@Body() request: RegisterReturneeRequest, @CurrentPrincipal() principal: Principal): Promise<RegisterReturneeResult> {
    assertCountryScope(principal, request.hostCountry, request.countryOfOrigin);
    return this.commands.execute(new RegisterReturneeCommand(request, principal, currentCorrelationId() ?? 'none'));
  }
}
