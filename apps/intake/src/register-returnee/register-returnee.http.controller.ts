import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { assertCountryScope, CurrentPrincipal, Roles, type Principal } from '@homeward/platform';
import type { CaseCommandResult } from '../case-commands/case-commands';
import { RegisterReturneeCommand } from './register-returnee.command';
import { RegisterReturneeRequest } from './register-returnee.request.dto';
import { answer } from '../openapi/answer';

@ApiTags('returnees')
@ApiBearerAuth()
@Controller('returnees')
export class RegisterReturneeController {
  constructor(private readonly commands: CommandBus) {}

  /** Registers the returnee and opens their case; the caller becomes its case manager. */
  @Post()
  @HttpCode(201)
  @Roles('case_manager', 'supervisor')
  @ApiCreatedResponse({ description: 'Returnee registered, case opened', schema: answer('ReturneeRegistered') })
  @ApiConflictResponse({ description: 'LIKELY_DUPLICATE: existingCaseIds lists the records; resend with duplicateOverride.reason' })
  register(@Body() request: RegisterReturneeRequest, @CurrentPrincipal() principal: Principal): Promise<CaseCommandResult & { returneeId: string }> {
    assertCountryScope(principal, request.hostCountry, request.countryOfOrigin);
    return this.commands.execute(new RegisterReturneeCommand(request, principal));
  }
}
