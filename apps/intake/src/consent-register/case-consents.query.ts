import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { ConsentRecord } from '@homeward/domain';
import { INFRASTRUCTURE, type Infrastructure, type Principal } from '@homeward/platform';
import { readableCaseFile } from '../case-file/case-access';
import { CONSENT_REGISTER, type ConsentRegisterEntry } from './consent-register.projection';

export class CaseConsentsQuery {
  constructor(
    readonly caseId: string,
    readonly principal: Principal,
  ) {}
}

/** A case's consent records, for those who may read the case. */
@QueryHandler(CaseConsentsQuery)
export class CaseConsentsHandler implements IQueryHandler<CaseConsentsQuery, ConsentRecord[]> {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async execute({ caseId, principal }: CaseConsentsQuery): Promise<ConsentRecord[]> {
    await readableCaseFile(this.infra.readModels, principal, caseId);
    const entry = await this.infra.readModels.get<ConsentRegisterEntry>(CONSENT_REGISTER, caseId);
    return entry?.records ?? [];
  }
}
