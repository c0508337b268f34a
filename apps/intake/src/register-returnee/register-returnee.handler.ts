import { Inject, Injectable } from '@nestjs/common';
import { IntakeError } from '@homeward/domain';
import { assertCountryScope, inScope, INFRASTRUCTURE, type Infrastructure, type Principal } from '@homeward/platform';
import { CaseCommands, type CaseCommandResult } from '../case-commands/case-commands';
import { duplicatesShownTo, findLikelyDuplicates } from './likely-duplicates';
import type { RegisterReturneeRequest } from './register-returnee.request.dto';

export type ReturneeRegistered = CaseCommandResult & { returneeId: string };

/**
 * Registration is a case command like the others; what it adds before the decision is the
 * search for likely duplicates (a read model) and the office that registers.
 */
@Injectable()
export class RegisterReturneeHandler {
  constructor(
    private readonly cases: CaseCommands,
    @Inject(INFRASTRUCTURE) private readonly infra: Infrastructure,
  ) {}

  async register(request: RegisterReturneeRequest, principal: Principal): Promise<ReturneeRegistered> {
    const { duplicateOverride, familyMembers, ...fields } = request;
    const returneeId = this.cases.newId();
    const duplicates = await findLikelyDuplicates(this.infra.readModels, request);
    try {
      const result = await this.cases.execute(principal, {
        type: 'RegisterReturnee',
        data: {
          ...fields,
          caseId: this.cases.newId(),
          returneeId,
          office: registeringOffice(principal, request),
          familyMembers: familyMembers?.map((m) => ({ ...m, memberId: this.cases.newId() })),
          likelyDuplicates: duplicates.map((d) => d.caseId),
          duplicateOverride,
          derivedIds: { screeningId: this.cases.newId(), needId: this.cases.newId() },
        },
      });
      return { ...result, returneeId };
    } catch (error) {
      if (error instanceof IntakeError && error.code === 'LIKELY_DUPLICATE') {
        throw new IntakeError(error.code, error.message, error.field, duplicatesShownTo(principal, duplicates));
      }
      throw error;
    }
  }
}

/**
 * Before departure the host office registers; someone first met on arrival is registered by
 * the origin office. A caller covering both says which, or the host office it is.
 */
function registeringOffice(principal: Principal, request: RegisterReturneeRequest): string {
  if (request.office) {
    assertCountryScope(principal, request.office);
    return request.office;
  }
  return inScope(principal, request.hostCountry) ? request.hostCountry : request.countryOfOrigin;
}
