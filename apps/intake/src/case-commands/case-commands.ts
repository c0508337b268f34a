import { Inject, Injectable } from '@nestjs/common';
import { decideCase, evolveCase, initialCaseState, IntakeError, type CaseCommand, type CaseState } from '@homeward/domain';
import { type CaseEvent } from '@homeward/contracts/intake';
import { caseStreamId, CommandHandler, reactionContext, type CommandContext, type CommandInput, type CommandResult, type IdGenerator, type ReactionCause } from '@homeward/events';
import { currentCorrelationId, ID_GENERATOR, inScope, INFRASTRUCTURE, OFFICE_CALENDAR, type Infrastructure, type OfficeCalendar, type Principal, type ReactionDispatcher } from '@homeward/platform';
import { caseInScope } from '../case-file/case-access';

export interface CaseCommandResult {
  caseId: string;
  streamVersion: number;
  /** Types of the events the command appended, so a client sees what it caused (an urgent need, say). */
  events: string[];
}

/** What a command is made of before the clock and the actor are known; each type keeps its own data. */
export type CaseCommandInput = CommandInput<CaseCommand>;

/** People act under their principal; reactions to other services' topics act as the system, with none. */
type CaseContext = CommandContext & { principal?: Principal };

/** A case's office once it exists; before, the office the registration names. */
const actingOffice = (state: CaseState, input: CaseCommandInput): string =>
  input.type === 'RegisterReturnee' ? input.data.office : state.status === 'none' ? '' : state.office;

/**
 * The one way intake changes a case: the platform's command handler bound to the case
 * decider. Intake adds only what is its own: the caller's scope as a guard, and the acting
 * office's calendar day as the "today" the deciders judge dates by.
 */
@Injectable()
export class CaseCommands implements ReactionDispatcher<CaseCommandInput> {
  private readonly handler: CommandHandler<CaseCommand, CaseState, CaseEvent, CaseContext>;

  constructor(
    @Inject(INFRASTRUCTURE) infra: Infrastructure,
    @Inject(OFFICE_CALENDAR) calendar: OfficeCalendar,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {
    this.handler = new CommandHandler(infra.store, {
      decider: { initialState: initialCaseState, evolve: evolveCase, decide: decideCase },
      idField: 'caseId',
      streamId: caseStreamId,
      clock: calendar,
      ids,
      guard: (state, command, { principal }) => {
        if (!principal || command.type === 'RegisterReturnee' || state.status === 'none') return;
        // A case outside the caller's countries answers as an unknown one: its existence is not theirs to learn.
        if (!caseInScope(principal, state)) throw new IntakeError('CASE_NOT_FOUND', `No case ${command.data.caseId}`, 'caseId');
        if (!inScope(principal, state.office)) throw new IntakeError('NOT_CASE_OFFICE', 'Another office holds this case; your scope cannot change it');
      },
      metadata: ({ now, userId, role }, state, input) => ({ now, userId, role, today: calendar.today(actingOffice(state, input), new Date(now)) }),
      // Events are recorded under the office that held the case when it decided (a transfer's too).
      country: (before, after) => (before.status === 'none' ? (after.status === 'none' ? '' : after.office) : before.office),
    });
  }

  /** An id for what a command creates (a case, a session, a consent): the service's generator, never a controller's own. */
  newId(): string {
    return this.ids();
  }

  /** Runs the command and gives the whole outcome: the history it was decided on, the new events and state. */
  handle(principal: Principal, input: CaseCommandInput): Promise<CommandResult<CaseState>> {
    const actor = { userId: principal.userId, role: principal.role };
    return this.handler.handle(input, { actor, principal, correlationId: currentCorrelationId() ?? 'none' });
  }

  /** Runs the command and answers as every write endpoint does. */
  async execute(principal: Principal, input: CaseCommandInput): Promise<CaseCommandResult> {
    return written(await this.handle(principal, input));
  }

  /**
   * The platform's reaction runner hands the commands of intake's reactions here (to referrals'
   * topic): the system acts, under the reaction's name, caused by the other service's event; each answer runs once.
   */
  dispatch(input: CaseCommandInput, cause: ReactionCause): Promise<CommandResult<CaseState>> {
    return this.handler.handle(input, reactionContext(cause));
  }
}

export const written = (result: CommandResult<CaseState>): CaseCommandResult => ({
  caseId: result.id,
  streamVersion: result.nextExpectedVersion,
  events: result.newEvents.map((e) => e.type),
});
