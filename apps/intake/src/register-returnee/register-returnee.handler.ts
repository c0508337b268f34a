import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { uuidv7 } from '@homeward/events';
import { INFRASTRUCTURE, type Infrastructure } from '@homeward/platform';
import { CaseCommands, type CaseCommandResult } from '../case-commands/case-commands';
import { findLikelyDuplicates } from './likely-duplicates';
import { RegisterReturneeCommand } from './register-returnee.command';

@CommandHandler(RegisterReturneeCommand)
export class RegisterReturneeHandler implements ICommandHandler<RegisterReturneeCommand, CaseCommandResult & { returneeId: string }> {
  constructor(
    private readonly cases: CaseCommands,
    @Inject(INFRASTRUCTURE) private readonly infra: Infrastructure,
  ) {}

  async execute({ request, principal }: RegisterReturneeCommand): Promise<CaseCommandResult & { returneeId: string }> {
    const { duplicateOverride, familyMembers, ...fields } = request;
    const returneeId = uuidv7();
    const likelyDuplicates = await findLikelyDuplicates(this.infra.readModels, request);
    const result = await this.cases.execute(principal, {
      type: 'RegisterReturnee',
      data: {
        ...fields,
        caseId: uuidv7(),
        returneeId,
        familyMembers: familyMembers?.map((m) => ({ ...m, memberId: uuidv7() })),
        likelyDuplicates,
        duplicateOverride,
        derivedIds: { screeningId: uuidv7(), needId: uuidv7() },
      },
    });
    return { ...result, returneeId };
  }
}
