import { Inject, Injectable } from '@nestjs/common';
import { URGENT_SERVICE_TYPES, urgentNeedPolicy, type ProviderSnapshot, type UrgentReferralConfig } from '@homeward/domain';
import type { SharedReferralData } from '@homeward/contracts/referrals';
import type { ReactionCause } from '@homeward/events';
import { OFFICE_CALENDAR, type OfficeCalendar } from '@homeward/platform';
import { ProviderLookup } from '../directory/provider-lookup';
import type { ReferralCommandInput } from '../referral-commands/referral-commands';
import { CaseDetailsReader } from '../case-details/case-details.reader';
import type { ReferUrgentNeed } from './open-urgent-referral-when-urgent-need-identified';
import { RETURNEE_DATA, type ReturneeData } from './returnee-data';
import { URGENT_REFERRAL_CONFIG } from './urgent-referral.config';
import { REACTION_INPUT_RESOLVER, type ReactionInputResolver, type ReferralReactionInput } from './reaction-input';

/**
 * What a reaction or a deadline cannot know, being pure, looked up just before its command runs:
 * for an urgent need, the emergency providers of the office's country and what referrals knows of
 * her (the policy then makes the command); for an escalation, the office holding the case now.
 */
@Injectable()
export class UrgentReferralResolver implements ReactionInputResolver {
  constructor(
    private readonly directory: ProviderLookup,
    @Inject(RETURNEE_DATA) private readonly returnees: ReturneeData,
    @Inject(URGENT_REFERRAL_CONFIG) private readonly config: UrgentReferralConfig,
    private readonly cases: CaseDetailsReader,
    @Inject(OFFICE_CALENDAR) private readonly calendar: OfficeCalendar,
  ) {}

  async complete(input: ReferralReactionInput, cause: ReactionCause): Promise<ReferralCommandInput> {
    if (input.type === 'ReferUrgentNeed') return this.urgentReferral(input, cause);
    if (input.type === 'EscalateReferral' && !input.data.office) {
      const office = (await this.cases.get(input.data.caseId))?.office;
      return office ? { ...input, data: { ...input.data, office } } : input;
    }
    return input;
  }

  private async urgentReferral({ data: need }: ReferUrgentNeed, cause: ReactionCause): Promise<ReferralCommandInput> {
    const known = await this.returnees.of(need.caseId);
    // The need's kind and urgency are what the provider must know first; intake's event carries them.
    const returnee: SharedReferralData = { ...known, needSummary: known.needSummary ?? `${need.serviceNeeded}, ${need.urgency}` };
    const lookup = { ...(known.area ? { area: known.area } : {}), candidates: await this.candidates(need.office, need.serviceNeeded), returnee };
    // The command handler stamps the metadata the decider judges by; the policy's own is set aside.
    const metadata = { now: this.calendar.now().toISOString(), today: this.calendar.today(need.office), userId: cause.reaction, role: 'system' };
    const [{ metadata: _stamped, ...command }] = urgentNeedPolicy({ type: 'intake.UrgentNeedIdentified', data: need }, lookup, metadata, this.config);
    return command;
  }

  /** Every active provider of the country offering a service that answers the need, the most fitting type first. */
  private async candidates(country: string, serviceNeeded: ReferUrgentNeed['data']['serviceNeeded']): Promise<ProviderSnapshot[]> {
    const found = await Promise.all(URGENT_SERVICE_TYPES[serviceNeeded].map((type) => this.directory.activeOffering(country, type)));
    // One offering several of those types is listed once, where its most fitting one puts it.
    return [...new Map(found.flat().reverse().map((p) => [p.providerId, p])).values()].reverse();
  }
}

export const reactionInputResolverProvider = { provide: REACTION_INPUT_RESOLVER, useClass: UrgentReferralResolver };
