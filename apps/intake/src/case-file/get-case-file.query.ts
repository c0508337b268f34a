import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { INFRASTRUCTURE, type Infrastructure, type Principal } from '@homeward/platform';
import { asSeenBy, readableCaseFile, type CaseFileView } from './case-access';

export class GetCaseFileQuery {
  constructor(
    readonly caseId: string,
    readonly principal: Principal,
  ) {}
}

@QueryHandler(GetCaseFileQuery)
export class GetCaseFileHandler implements IQueryHandler<GetCaseFileQuery, CaseFileView> {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async execute({ caseId, principal }: GetCaseFileQuery): Promise<CaseFileView> {
    return asSeenBy(principal, await readableCaseFile(this.infra.readModels, principal, caseId));
  }
}
