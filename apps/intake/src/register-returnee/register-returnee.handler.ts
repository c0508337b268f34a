import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideCase, evolveCase, initialCaseState } from '@homeward/domain';
import { caseStreamId, handleCommand, uuidv7 } from '@homeward/events';
import { INFRASTRUCTURE, type Infrastructure } from '@homeward/platform';
import { RegisterReturneeCommand, type RegisterReturneeResult } from './register-returnee.command';

const caseDecider = { initialState: initialCaseState, evolve: evolveCase, decide: decideCase };

@CommandHandler(RegisterReturneeCommand)
export class RegisterReturneeHandler implements ICommandHandler<RegisterReturneeCommand, RegisterReturneeResult> {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async execute({ request, principal, correlationId }: RegisterReturneeCommand): Promise<RegisterReturneeResult> {
    const caseId = uuidv7();
    const returneeId = uuidv7();
    const now = new Date().toISOString();
    const result = await handleCommand(
      this.infra.store,
      caseStreamId(caseId),
      caseDecider,
      { type: 'RegisterReturnee', data: { ...request, caseId, returneeId }, metadata: { now, userId: principal.userId } },
      { occurredAt: now, actor: { userId: principal.userId, role: principal.role }, country: request.hostCountry, correlationId },
    );
    this.infra.appended();
    return { caseId, returneeId, streamVersion: result.nextExpectedVersion };
  }
}
