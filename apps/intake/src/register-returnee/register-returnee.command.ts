import type { Principal } from '@homeward/platform';
import type { RegisterReturneeRequest } from './register-returnee.request.dto';

export class RegisterReturneeCommand {
  constructor(
    readonly request: RegisterReturneeRequest,
    readonly principal: Principal,
  ) {}
}
