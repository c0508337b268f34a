import { Inject, NotFoundException } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { caseStreamId, type RecordedEvent } from '@homeward/events';
import { assertCountryScope, INFRASTRUCTURE, type Infrastructure, type Principal } from '@homeward/platform';

export class CaseHistoryQuery {
  constructor(
    readonly caseId: string,
    readonly principal: Principal,
    readonly asOf?: Date,
  ) {}
}

/** A case's history as recorded, optionally as it stood at an instant: what an auditor replays. */
@QueryHandler(CaseHistoryQuery)
export class CaseHistoryHandler implements IQueryHandler<CaseHistoryQuery, RecordedEvent[]> {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async execute({ caseId, principal, asOf }: CaseHistoryQuery): Promise<RecordedEvent[]> {
    const all = await this.infra.store.readStream(caseStreamId(caseId));
    const opened = all.find((e) => e.type === 'intake.CaseOpened');
    if (!opened) throw new NotFoundException({ code: 'CASE_NOT_FOUND', message: `No case ${caseId}` });
    // Scope is judged on the case as it is now, so a later transfer cannot hide its past from the office that holds it.
    assertCountryScope(principal, String(opened.data.hostCountry), String(opened.data.countryOfOrigin));
    return asOf ? all.filter((e) => Date.parse(e.recordedAt) <= asOf.getTime()) : all;
  }
}
