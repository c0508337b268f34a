import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ConsentError, mayReceive, type ConsentAnswer, type ConsentQuestion } from '@homeward/domain';
import { SHARING_PURPOSES } from '@homeward/contracts/intake';
import { INFRASTRUCTURE, type Infrastructure, type Principal } from '@homeward/platform';
import { caseInScope } from '../case-file/case-access';
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
    // A provider's user asks for its organisation (the recipient id consents name), and only what it may
    // receive for sharing or referral: not whether the returnee refused assistance.
    const provider = principal.role === 'service_provider';
    if (provider && (question.recipientId !== principal.organisationId || !(SHARING_PURPOSES as readonly string[]).includes(question.purpose))) {
      throw new ConsentError('NOT_OWN_RECIPIENT');
    }
    const entry = await this.infra.readModels.get<ConsentRegisterEntry>(CONSENT_REGISTER, caseId);
    // A case outside the caller's countries answers as an unknown one: the question must not tell where cases are.
    if (!entry || !caseInScope(principal, entry)) return mayReceive([], question);
    return mayReceive(entry.records, question);
  }
}
