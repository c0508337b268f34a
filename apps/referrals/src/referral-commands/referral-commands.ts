import { Inject, Injectable } from '@nestjs/common';
import { providerDecider, referralsDecider, type CaseReferrals, type ProviderCommand, type ProviderState, type ReferralsCommand } from '@homeward/domain';
import type { ProviderEvent, ReferralsEvent } from '@homeward/contracts/referrals';
import { CommandHandler, reactionContext, type CommandContext, type CommandInput, type CommandResult, type IdGenerator, type ReactionCause } from '@homeward/events';
import { providerMayAct } from './provider-guard';
import { ReferralRequestResolver, type ReferralReactionCommand } from './referral-request-resolver';
import { providerStreamId, referralsStreamId } from './stream-ids';
import { currentCorrelationId, ID_GENERATOR, INFRASTRUCTURE, OFFICE_CALENDAR, type Infrastructure, type OfficeCalendar, type Principal, type ReactionDispatcher } from '@homeward/platform';
import { REACTION_INPUT_RESOLVER, type ReactionInputResolver, type ReferralReactionInput } from '../urgent-referrals/reaction-input';
import { guardReferralAccess } from './referral-access';

export interface ReferralCommandResult {
  /** The case, or the provider, whose stream the command wrote. */
  id: string;
  streamVersion: number;
  /** Types of the events the command appended, so a client sees what it caused (an urgent referral escalated, say). */
  events: string[];
}

/** What a command is made of before the clock and the actor are known; each type keeps its own data. */
export type ReferralCommandInput = CommandInput<ReferralsCommand>;
export type ProviderCommandInput = CommandInput<ProviderCommand>;

/** People act under their principal; reactions and deadlines act as the system, with none. */
export type ReferralContext = CommandContext & { principal?: Principal };

// Their own file: the directory's lookup reads provider streams, and the dispatcher uses the lookup.
export { providerStreamId, referralsStreamId } from './stream-ids';

/** The office a case's referrals are recorded under: the one holding the case, as the referral the command touches names it. */
function officeOf(state: CaseReferrals, command: ReferralsCommand): string {
  const data = command.data as { office?: string; country?: string; referralId?: string };
  if (data.office) return data.office;
  // An unmet need names the country it was recorded in: the office holding the case.
  if (data.country) return data.country;
  const referral = data.referralId ? state.referrals[data.referralId] : undefined;
  return referral?.office ?? Object.values(state.referrals).at(-1)?.office ?? '';
}

/**
 * The one way referrals changes its streams: the platform's command handler bound to each of its
 * deciders, the directory's (`provider-<id>`, recorded under the provider's country) and the
 * referrals of a case (`referrals-<caseId>`, under the office holding the case). The deciders judge
 * days by the calendar of the office the command concerns.
 */
@Injectable()
export class ReferralCommands implements ReactionDispatcher<ReferralReactionCommand | ReferralReactionInput> {
  private readonly cases: CommandHandler<ReferralsCommand, CaseReferrals, ReferralsEvent, ReferralContext>;
  private readonly providers: CommandHandler<ProviderCommand, ProviderState, ProviderEvent, ReferralContext>;

  constructor(
    @Inject(INFRASTRUCTURE) infra: Infrastructure,
    @Inject(OFFICE_CALENDAR) calendar: OfficeCalendar,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    private readonly requests: ReferralRequestResolver,
    @Inject(REACTION_INPUT_RESOLVER) private readonly urgent: ReactionInputResolver,
  ) {
    this.cases = new CommandHandler(infra.store, {
      decider: referralsDecider,
      idField: 'caseId',
      streamId: referralsStreamId,
      clock: calendar,
      ids,
      // A provider's users answer only what was sent to their organisation; staff act within their countries.
      guard: (state, command, { principal }) => {
        if (!principal) return;
        providerMayAct(state, command, principal);
        guardReferralAccess(principal, state, command, officeOf(state, command));
      },
      metadata: ({ now, userId, role }, state, input) => ({ now, userId, role, today: calendar.today(officeOf(state, input as ReferralsCommand), new Date(now)) }),
      country: (before, _after, command) => officeOf(before, command),
    });
    this.providers = new CommandHandler(infra.store, {
      decider: providerDecider,
      idField: 'providerId',
      streamId: providerStreamId,
      clock: calendar,
      ids,
      metadata: ({ now, userId, role }, state, input) => ({ now, userId, role, today: calendar.today(countryOfProvider(state, input as ProviderCommand), new Date(now)) }),
      country: (before, _after, command) => countryOfProvider(before, command),
    });
  }

  /** An id for what a command creates (a referral, an unmet need): the service's generator, never a controller's own. */
  newId(): string {
    return this.ids();
  }

  /** Runs a person's command on a case's referrals and answers as every write endpoint does. */
  async execute(principal: Principal, input: ReferralCommandInput): Promise<ReferralCommandResult> {
    return written(await this.cases.handle(input, this.asPerson(principal)));
  }

  /** Runs a person's command on the directory. */
  async executeOnDirectory(principal: Principal, input: ProviderCommandInput): Promise<ReferralCommandResult> {
    return written(await this.providers.handle(input, this.asPerson(principal)));
  }

  /**
   * The platform's reaction runner hands here the commands of referrals' reactions (to intake's and
   * planning's topics) and of its deadlines: the system acts, caused by the event; each answer runs once.
   * A reaction is pure, so what it cannot know (a provider's snapshot, the case's office) is looked up
   * here, just before the command runs: this stays the one place commands run.
   */
  async dispatch(input: ReferralReactionCommand | ReferralReactionInput, cause: ReactionCause): Promise<CommandResult<CaseReferrals>> {
    const command = input.type === 'RequestReferralOfPlanElement' ? await this.requests.resolve(input) : await this.urgent.complete(input, cause);
    return this.cases.handle(command, reactionContext(cause));
  }

  private asPerson(principal: Principal): ReferralContext {
    return { actor: { userId: principal.userId, role: principal.role }, principal, correlationId: currentCorrelationId() ?? 'none' };
  }
}

/** A provider is recorded under its country: the one its profile names, from its registration on. */
function countryOfProvider(state: ProviderState, command: ProviderCommand): string {
  if (state.status !== 'none') return state.profile.country;
  return 'profile' in command.data ? command.data.profile.country : '';
}

export const written = <S>(result: CommandResult<S>): ReferralCommandResult => ({
  id: result.id,
  streamVersion: result.nextExpectedVersion,
  events: result.newEvents.map((e) => e.type),
});
