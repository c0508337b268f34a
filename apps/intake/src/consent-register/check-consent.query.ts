import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { mayReceive, type ConsentAnswer, type ConsentQuestion } from '@homeward/domain';
import { INFRASTRUCTURE, type Infrastructure } from '@homeward/platform';
import { CONSENT_REGISTER, type ConsentRegisterEntry } from './consent-register.projection';

export class CheckConsentQuery {
  constructor(
    readonly caseId: string,
    readonly question: ConsentQuestion,
  ) {}
}

/**
 * The register's answer, from the one function every service uses. An unknown case gets
 * the same answer as a case without that consent, so the question reveals nothing.
 */
@QueryHandler(CheckConsentQuery)
export class CheckConsentHandler implements IQueryHandler<CheckConsentQuery, ConsentAnswer> {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async execute({ caseId, question }: CheckConsentQuery): Promise<ConsentAnswer> {
    const entry = await this.infra.readModels.get<ConsentRegisterEntry>(CONSENT_REGISTER, caseId);
    return mayReceive(entry?.records ?? [], question);
  }
}
