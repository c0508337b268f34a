import { ForbiddenException, Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { mayReceive, type ConsentAnswer, type ConsentQuestion } from '@homeward/domain';
import { INFRASTRUCTURE, type Infrastructure, type Principal } from '@homeward/platform';
import { assertCaseInScope } from '../case-file/case-access';
import { CONSENT_REGISTER, type ConsentRegisterEntry } from './consent-register.projection';

export class CheckConsentQuery {
  constructor(
    readonly caseId: string,
    readonly question: ConsentQuestion,
    readonly principal: Principal,
  ) {}
}

/**
 * The register's answer, from the one function every service uses, to those who work on the
 * case's countries; a service provider asks about itself only. An unknown case gets the same
 * answer as a case without that consent, so the question reveals nothing.
 */
@QueryHandler(CheckConsentQuery)
export class CheckConsentHandler implements IQueryHandler<CheckConsentQuery, ConsentAnswer> {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async execute({ caseId, question, principal }: CheckConsentQuery): Promise<ConsentAnswer> {
    // Until the referrals service directory issues organisation ids, a provider account's
    // user id is its recipient id.
    if (principal.role === 'service_provider' && question.recipientId !== principal.userId) {
      throw new ForbiddenException({ code: 'NOT_OWN_RECIPIENT', message: 'A service provider may ask only about what it may receive itself (recipientId = your user id)' });
    }
    const entry = await this.infra.readModels.get<ConsentRegisterEntry>(CONSENT_REGISTER, caseId);
    if (!entry) return mayReceive([], question);
    assertCaseInScope(principal, entry);
    return mayReceive(entry.records, question);
  }
}
