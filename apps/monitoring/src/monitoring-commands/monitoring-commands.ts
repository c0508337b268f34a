import { Inject, Injectable } from '@nestjs/common';
import { monitoringDecider, type CaseMonitoring, type MonitoringCommand } from '@homeward/domain';
import type { MonitoringEvent } from '@homeward/contracts/monitoring';
import { CommandHandler, reactionContext, type CommandContext, type CommandInput, type CommandResult, type IdGenerator, type ReactionCause } from '@homeward/events';
import { currentCorrelationId, ID_GENERATOR, INFRASTRUCTURE, OFFICE_CALENDAR, type Infrastructure, type OfficeCalendar, type Principal, type ReactionDispatcher } from '@homeward/platform';
import { ReactionCommandResolver, type MonitoringReactionCommand } from '../reactions/reaction-command-resolver';
import { monitoringStreamId, visibleMonitoring } from './monitoring-stream';

export interface MonitoringCommandResult {
  caseId: string;
  streamVersion: number;
  /** Types of the events the command appended, so a client sees what it caused (a plan review recommended, say). */
  events: string[];
}

/** What a command is made of before the clock and the actor are known; each type keeps its own data. */
export type MonitoringCommandInput = CommandInput<MonitoringCommand>;

/** People act under their principal; reactions and deadlines act as the system, with none. */
type MonitoringContext = CommandContext & { principal?: Principal };

/** The office whose calendar day the deciders judge by: the plan's country (the office of origin), or the one the approval names. */
const actingOffice = (state: CaseMonitoring, input: MonitoringCommandInput): string => state.plan?.country ?? (input.type === 'NoteApprovedPlan' ? input.data.country : '');

/**
 * The one way monitoring changes a case's monitoring (`monitoring-<caseId>`): the platform's command
 * handler bound to the domain's decider. People act only on a case whose approved plan monitoring
 * follows, in the country it is recorded under; the deciders judge days by that office's calendar.
 */
@Injectable()
export class MonitoringCommands implements ReactionDispatcher<MonitoringReactionCommand> {
  private readonly handler: CommandHandler<MonitoringCommand, CaseMonitoring, MonitoringEvent, MonitoringContext>;

  constructor(
    @Inject(INFRASTRUCTURE) infra: Infrastructure,
    @Inject(OFFICE_CALENDAR) calendar: OfficeCalendar,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    private readonly resolver: ReactionCommandResolver,
  ) {
    this.handler = new CommandHandler(infra.store, {
      decider: monitoringDecider,
      idField: 'caseId',
      streamId: monitoringStreamId,
      clock: calendar,
      ids,
      guard: (state, command, { principal }) => {
        if (principal) visibleMonitoring(state, principal, command.data.caseId);
      },
      metadata: ({ now, userId, role }, state, input) => ({ now, userId, role, today: calendar.today(actingOffice(state, input), new Date(now)) }),
      country: (before, after, command) => before.plan?.country ?? after.plan?.country ?? (command.type === 'NoteApprovedPlan' ? command.data.country : ''),
    });
  }

  /** An id for what a command creates (a meeting, a survey): the service's generator, never a controller's own. */
  newId(): string {
    return this.ids();
  }

  /** Runs a person's command and answers as every write endpoint does. */
  async execute(principal: Principal, input: MonitoringCommandInput): Promise<MonitoringCommandResult> {
    return written(await this.run(principal, input));
  }

  /** A person's command, answered with what it appended and the state after, for a slice that answers more (a survey's scores). */
  run(principal: Principal, input: MonitoringCommandInput): Promise<CommandResult<CaseMonitoring>> {
    const actor = { userId: principal.userId, role: principal.role };
    return this.handler.handle(input, { actor, principal, correlationId: currentCorrelationId() ?? 'none' });
  }

  /**
   * The platform's reaction runner hands here the commands of monitoring's reactions (to planning's
   * and intake's topics) and of its deadlines: the system acts, caused by the event; each answer runs
   * once. What a pure reaction cannot know (the plan's elements, the programme's rules) is looked up
   * here, just before the command runs; one with nothing to act on is skipped.
   */
  async dispatch(input: MonitoringReactionCommand, cause: ReactionCause): Promise<CommandResult<CaseMonitoring> | null> {
    const command = await this.resolver.resolve(input);
    return command ? this.handler.handle(command, reactionContext(cause)) : null;
  }
}

export const written = (result: CommandResult<CaseMonitoring>): MonitoringCommandResult => ({
  caseId: result.id,
  streamVersion: result.nextExpectedVersion,
  events: result.newEvents.map((e) => e.type),
});
