import { Inject, Injectable } from '@nestjs/common';
import { planDecider, type PlanCommand, type PlanState } from '@homeward/domain';
import type { PlanEvent } from '@homeward/contracts/planning';
import { CommandHandler, reactionContext, type CommandContext, type CommandInput, type CommandResult, type IdGenerator, type ReactionCause } from '@homeward/events';
import { planStreamId, visiblePlan } from '../plan-stream/read-plan';
import { currentCorrelationId, ID_GENERATOR, INFRASTRUCTURE, OFFICE_CALENDAR, type Infrastructure, type OfficeCalendar, type Principal, type ReactionDispatcher } from '@homeward/platform';

export interface PlanCommandResult {
  caseId: string;
  streamVersion: number;
  /** Types of the events the command appended, so a client sees what it caused (a referral requested, say). */
  events: string[];
}

/** What a command is made of before the clock and the actor are known; each type keeps its own data. */
export type PlanCommandInput = CommandInput<PlanCommand>;

/** People act under their principal; reactions to intake's topic act as the system, with none. */
type PlanContext = CommandContext & { principal?: Principal };

/** The office whose calendar day the deciders judge by: the country the plan is recorded under, or the one the arrival names. */
const actingOffice = (state: PlanState, input: PlanCommandInput): string =>
  state.status !== 'none' ? state.country : input.type === 'StartPlanClock' ? input.data.country : '';

/**
 * The one way planning changes a plan: the platform's command handler bound to the plan's decider.
 * Planning adds what is its own: people act only on a plan whose clock runs, in the country it is
 * recorded under (the office of origin), and the deciders judge days by that office's calendar.
 */
@Injectable()
export class PlanCommands implements ReactionDispatcher<PlanCommandInput> {
  private readonly handler: CommandHandler<PlanCommand, PlanState, PlanEvent, PlanContext>;

  constructor(
    @Inject(INFRASTRUCTURE) infra: Infrastructure,
    @Inject(OFFICE_CALENDAR) calendar: OfficeCalendar,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {
    this.handler = new CommandHandler(infra.store, {
      decider: planDecider,
      idField: 'caseId',
      streamId: planStreamId,
      clock: calendar,
      ids,
      guard: (state, command, { principal }) => {
        if (principal) visiblePlan(state, principal, command.data.caseId);
      },
      metadata: ({ now, userId, role }, state, input) => ({ now, userId, role, today: calendar.today(actingOffice(state, input), new Date(now)) }),
      country: (before, after, command) => (before.status !== 'none' ? before.country : after.status !== 'none' ? after.country : countryBeforeArrival(command)),
    });
  }

  /** An id for what a command creates (an allocation, a disbursement): the service's generator, never a controller's own. */
  newId(): string {
    return this.ids();
  }

  /** Runs a person's command and answers as every write endpoint does. */
  async execute(principal: Principal, input: PlanCommandInput): Promise<PlanCommandResult> {
    const actor = { userId: principal.userId, role: principal.role };
    return written(await this.handler.handle(input, { actor, principal, correlationId: currentCorrelationId() ?? 'none' }));
  }

  /**
   * The platform's reaction runner hands the commands of planning's reactions here: the system acts,
   * under the reaction's name, caused by intake's event; each answer runs once however often it is handed over.
   */
  dispatch(input: PlanCommandInput, cause: ReactionCause): Promise<CommandResult<PlanState>> {
    return this.handler.handle(input, reactionContext(cause));
  }
}

/** Before the arrival no country holds the plan: what intake said is kept under no country (the clock's start names one). */
const countryBeforeArrival = (command: PlanCommand): string => (command.type === 'StartPlanClock' ? command.data.country : '');

export const written = (result: CommandResult<PlanState>): PlanCommandResult => ({
  caseId: result.id,
  streamVersion: result.nextExpectedVersion,
  events: result.newEvents.map((e) => e.type),
});
