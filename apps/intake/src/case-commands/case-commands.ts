import { Inject, Injectable } from '@nestjs/common';
import { decideCase, evolveCase, initialCaseState, IntakeError, type CaseCommand, type CaseState } from '@homeward/domain';
import { caseStreamId, handleCommand } from '@homeward/events';
import { currentCorrelationId, inScope, INFRASTRUCTURE, OFFICE_CALENDAR, type Infrastructure, type OfficeCalendar, type Principal } from '@homeward/platform';
import { caseInScope } from '../case-file/case-access';

export interface CaseCommandResult {
  caseId: string;
  streamVersion: number;
  /** Types of the events the command appended, so a client sees what it caused (an urgent need, say). */
  events: string[];
}

/** What a command is made of before the clock and the actor are known. */
export type CaseCommandInput = Omit<CaseCommand, 'metadata'>;

/**
 * The one way intake changes a case: load its stream, check the caller's office holds it,
 * decide, append with the version read. Every write slice goes through here.
 */
@Injectable()
export class CaseCommands {
  constructor(
    @Inject(INFRASTRUCTURE) private readonly infra: Infrastructure,
    @Inject(OFFICE_CALENDAR) private readonly calendar: OfficeCalendar,
  ) {}

  async execute(principal: Principal, input: CaseCommandInput): Promise<CaseCommandResult> {
    const at = this.calendar.now();
    const now = at.toISOString();
    // The day is the acting office's, known once the stream says which office holds the case.
    const command = { ...input, metadata: { now, today: '', userId: principal.userId, role: principal.role } } as CaseCommand;
    let country = '';
    const decider = {
      initialState: initialCaseState,
      evolve: evolveCase,
      decide: (c: CaseCommand, state: CaseState) => {
        if (c.type === 'RegisterReturnee') country = c.data.office;
        else {
          // A case outside the caller's countries answers as an unknown one: its existence is not theirs to learn.
          if (state.status !== 'none' && !caseInScope(principal, state)) throw new IntakeError('CASE_NOT_FOUND', `No case ${c.data.caseId}`, 'caseId');
          if (state.status !== 'none' && !inScope(principal, state.office)) {
            throw new IntakeError('NOT_CASE_OFFICE', 'Another office holds this case; your scope cannot change it');
          }
          country = state.status === 'none' ? '' : state.office;
        }
        return decideCase({ ...c, metadata: { ...c.metadata, today: this.calendar.today(country, at) } } as CaseCommand, state);
      },
    };
    const actor = { userId: principal.userId, role: principal.role };
    const result = await handleCommand(this.infra.store, caseStreamId(input.data.caseId), decider, command, {
      occurredAt: now,
      actor,
      // Read when the events are built, after decide: the office that holds the case at that moment.
      get country() {
        return country;
      },
      correlationId: currentCorrelationId() ?? 'none',
    });
    return { caseId: input.data.caseId, streamVersion: result.nextExpectedVersion, events: result.events.map((e) => e.type) };
  }
}
