import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ConsentError, mayReceive, type ConsentAnswer, type ConsentQuestion } from '@homeward/domain';
import { SHARING_PURPOSES } from '@homeward/contracts/intake';
import { INFRASTRUCTURE, OFFICE_CALENDAR, type Infrastructure, type OfficeCalendar, type Principal } from '@homeward/platform';
import { caseInScope } from '../case-file/case-access';
import { CONSENT_REGISTER, type ConsentRegisterEntry } from './consent-register.projection';

/** A question of the register; without a day, it is asked for today. */
export type RegisterQuestion = Omit<ConsentQuestion, 'on'> & { on?: string };

export class CheckConsentQuery {
  constructor(
    readonly caseId: string,
    readonly question: RegisterQuestion,
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
  constructor(
    @Inject(INFRASTRUCTURE) private readonly infra: Infrastructure,
    @Inject(OFFICE_CALENDAR) private readonly calendar: OfficeCalendar,
  ) {}

  async execute({ caseId, question: asked, principal }: CheckConsentQuery): Promise<ConsentAnswer> {
    // A provider's user asks for its organisation (the recipient id consents name), and only what it may
    // receive for sharing or referral: not whether the returnee refused assistance.
    const provider = principal.role === 'service_provider';
    if (provider && (asked.recipientId !== principal.organisationId || !(SHARING_PURPOSES as readonly string[]).includes(asked.purpose))) {
      throw new ConsentError('NOT_OWN_RECIPIENT');
    }
    const entry = await this.infra.readModels.get<ConsentRegisterEntry>(CONSENT_REGISTER, caseId);
    // Forms are dated by the office that signs them: "today" is the latest day it is in the case's offices, so
    // a form signed today in Rabat is valid today even while it is still yesterday in UTC.
    const countries = entry ? [entry.hostCountry, entry.countryOfOrigin] : [];
    const today = countries.map((c) => this.calendar.today(c)).sort().at(-1) ?? this.calendar.today('');
    const question: ConsentQuestion = { ...asked, on: asked.on ?? today };
    // A case outside the caller's countries answers as an unknown one: the question must not tell where cases are.
    if (!entry || !caseInScope(principal, entry)) return mayReceive([], question);
    return mayReceive(entry.records, question);
  }
}
