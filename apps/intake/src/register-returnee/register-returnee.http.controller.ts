import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { assertCountryScope, CurrentPrincipal, Roles, type Principal } from '@homeward/platform';
import { RegisterReturneeHandler, type ReturneeRegistered } from './register-returnee.handler';
import { RegisterReturneeRequest } from './register-returnee.request.dto';
import { answer } from '../openapi/answer';

@ApiTags('returnees')
@ApiBearerAuth()
@Controller('returnees')
export class RegisterReturneeController {
  constructor(private readonly registration: RegisterReturneeHandler) {}

  /** Registers the returnee and opens their case; the caller becomes its case manager. */
  @Post()
  @HttpCode(201)
  @Roles('case_manager', 'supervisor')
  @ApiCreatedResponse({ description: 'Returnee registered, case opened', schema: answer('ReturneeRegistered') })
  @ApiConflictResponse({ description: 'LIKELY_DUPLICATE: existingCaseIds lists the records; resend with duplicateOverride.reason' })
  register(@Body() request: RegisterReturneeRequest, @CurrentPrincipal() principal: Principal): Promise<ReturneeRegistered> {
    assertCountryScope(principal, request.hostCountry, request.countryOfOrigin);
    return this.registration.register(request, principal);
  }
}
