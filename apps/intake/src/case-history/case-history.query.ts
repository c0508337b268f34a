import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { evolveCase, initialCaseState, IntakeError, type OpenCase } from '@homeward/domain';
import { ERASED, isErasedPart, type CaseEvent } from '@homeward/contracts/intake';
import { caseStreamId, type RecordedEvent } from '@homeward/events';
import { inScope, INFRASTRUCTURE, type Infrastructure, type Principal } from '@homeward/platform';
import { assertCaseInScope, caseNotFound } from '../case-file/case-access';

/** An event of the history; a personal part whose keys were destroyed reads "erased". */
export type HistoryEvent = Omit<RecordedEvent, 'data'> & { data: { personal?: Record<string, unknown> | typeof ERASED; [field: string]: unknown } };

export class CaseHistoryQuery {
  constructor(
    readonly caseId: string,
    readonly principal: Principal,
    readonly asOf?: Date,
  ) {}
}

/** A case's history as recorded, optionally as it stood at an instant: what an auditor replays. */
@QueryHandler(CaseHistoryQuery)
export class CaseHistoryHandler implements IQueryHandler<CaseHistoryQuery, HistoryEvent[]> {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async execute({ caseId, principal, asOf }: CaseHistoryQuery): Promise<HistoryEvent[]> {
    const all = await this.infra.store.readStream(caseStreamId(caseId));
    // The case as it stands after all its events, by the domain's own fold: who holds it now.
    const state = all.reduce((s, e) => evolveCase(s, e as unknown as CaseEvent), initialCaseState());
    if (state.status === 'none' || !state.office) throw caseNotFound(caseId);
    assertMayReadHistory(principal, state, caseId);
    return (asOf ? all.filter((e) => Date.parse(e.recordedAt) <= asOf.getTime()) : all).map(asAnswered);
  }
}

const asAnswered = (e: RecordedEvent): HistoryEvent => (isErasedPart(e.data.personal) ? { ...e, data: { ...e.data, personal: ERASED } } : e);

/**
 * The history is every event with every personal detail. Auditors read it for any case that
 * crosses their countries. A supervisor reads it only for a case their office holds now,
 * judged on the whole history whatever `asOf` asks: the office that received the case reads
 * what happened before it came, the office that handed it over no longer reads anything.
 */
export function assertMayReadHistory(principal: Principal, held: Pick<OpenCase, 'hostCountry' | 'countryOfOrigin' | 'office'>, caseId: string): void {
  // Out of scope reads like unknown, for everyone.
  assertCaseInScope(principal, held, caseId);
  if (principal.role === 'auditor') return;
  if (principal.role === 'supervisor' && inScope(principal, held.office)) return;
  throw new IntakeError('NOT_CASE_OFFICE_SUPERVISOR');
}
