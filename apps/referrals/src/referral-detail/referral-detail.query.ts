import { Inject, Injectable } from '@nestjs/common';
import { ReferralsError } from '@homeward/domain';
import type { SharedReferralData } from '@homeward/contracts/referrals';
import { INFRASTRUCTURE, type Infrastructure, type Principal } from '@homeward/platform';
import { CaseDetailsReader } from '../case-details/case-details.reader';
import { ReferralAccessError } from '../referral-access/referral-access.errors';
import { providerViewOf, type ProviderReferralView } from '../referral-lists/provider-view';
import { listItemOf, REFERRAL_LIST, referralDocumentId, type ReferralListDocument, type ReferralListItem } from '../referral-lists/referral-list.projection';
import { CASE_REFERRALS, type CaseReferralsDocument, type TimelineEntry } from './case-referrals.projection';

/** A referral as the case's staff read it: where it stands, its whole timeline, and the values it sent. */
export type StaffReferralView = ReferralListItem & { timeline: TimelineEntry[]; shared?: SharedReferralData };

@Injectable()
export class ReferralDetailReader {
  constructor(
    @Inject(INFRASTRUCTURE) private readonly infra: Infrastructure,
    private readonly cases: CaseDetailsReader,
  ) {}

  /** For staff of the case's countries; another country's answers as an unknown case. */
  async forStaff(caseId: string, referralId: string, principal: Principal): Promise<StaffReferralView> {
    await this.cases.visible(caseId, principal);
    const [item, personal] = await Promise.all([this.item(caseId, referralId), this.infra.readModels.get<CaseReferralsDocument>(CASE_REFERRALS, caseId)]);
    const record = personal?.referrals[referralId];
    return { ...listItemOf(item), timeline: record?.timeline ?? [], ...(record?.shared ? { shared: record.shared } : {}) };
  }

  /**
   * For the provider it was sent to: another provider's, or one not sent yet, answers as unknown; while
   * her consent is withdrawn, 403 with the reason, and none of its values.
   */
  async forProvider(caseId: string, referralId: string, principal: Principal): Promise<ProviderReferralView> {
    const item = await this.item(caseId, referralId);
    if (!principal.organisationId || item.addressedTo !== principal.organisationId) throw notFound(referralId);
    if (item.status === 'on_hold') throw new ReferralAccessError('REFERRAL_CONSENT_WITHDRAWN', `The consent referral ${referralId} relied on was withdrawn`);
    return providerViewOf(item, (await this.infra.readModels.get<CaseReferralsDocument>(CASE_REFERRALS, caseId)) ?? undefined);
  }

  private async item(caseId: string, referralId: string): Promise<ReferralListDocument> {
    const item = await this.infra.readModels.get<ReferralListDocument>(REFERRAL_LIST, referralDocumentId(caseId, referralId));
    if (!item) throw notFound(referralId);
    return item;
  }
}

const notFound = (referralId: string) => new ReferralsError('REFERRAL_NOT_FOUND', `No referral ${referralId} in this case`, 'referralId');
