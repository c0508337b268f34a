import { Inject, Injectable } from '@nestjs/common';
import type { ReferralStatus } from '@homeward/domain';
import { INFRASTRUCTURE, type Infrastructure, type Page, type Principal } from '@homeward/platform';
import { ReferralAccessError } from '../referral-access/referral-access.errors';
import { CASE_REFERRALS, type CaseReferralsDocument } from '../referral-detail/case-referrals.projection';
import { providerViewOf, type ProviderReferralView } from './provider-view';
import { listItemOf, REFERRAL_LIST, type ReferralListDocument, type ReferralListItem } from './referral-list.projection';
import { officesRead } from './referral-scope';

export interface ReferralFilters {
  status?: ReferralStatus;
  providerId?: string;
  caseId?: string;
  country?: string;
}

export type ReferralListPage = Page<ReferralListItem>;
export type ProviderInboxPage = Page<ProviderReferralView>;

type Paging = { limit: number; offset: number };

/** The lists of referrals, each through an index of referral_list, the last changed first. */
@Injectable()
export class ReferralLists {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  /** The referrals of the caller's offices (or the one asked): all, at one stage, to one provider, or of one case. */
  async list(principal: Principal, { status, providerId, caseId, country }: ReferralFilters, page: Paging): Promise<ReferralListPage> {
    const named = { ...(status ? { status } : {}), ...(providerId ? { providerId } : {}), ...(caseId ? { caseId } : {}) };
    if (Object.keys(named).length > 1) throw new ReferralAccessError('ONE_LIST_FILTER');
    return this.page({ ...officesRead(principal, country), ...named }, page);
  }

  /** Held because a consent was withdrawn: each one waits for the case manager to send it again under a new one, or close it. */
  needsAttention(principal: Principal, country: string | undefined, page: Paging): Promise<ReferralListPage> {
    return this.page({ ...officesRead(principal, country), status: 'on_hold' }, page);
  }

  /** What was sent to the caller's organisation, with the values sent; nothing else of any case. */
  async inbox(principal: Principal, { limit, offset }: Paging): Promise<ProviderInboxPage> {
    if (!principal.organisationId) throw new ReferralAccessError('NOT_A_PROVIDER_USER');
    const filter = { addressedTo: principal.organisationId };
    const [found, total] = await Promise.all([
      this.infra.readModels.find<ReferralListDocument>(REFERRAL_LIST, filter, { sort: '-lastChangedAt', skip: offset, limit }),
      this.infra.readModels.count(REFERRAL_LIST, filter),
    ]);
    const personal = await this.infra.readModels.getMany<CaseReferralsDocument>(CASE_REFERRALS, [...new Set(found.map((f) => f.caseId))]);
    const byCase = new Map(personal.map((p) => [p.caseId, p]));
    return { items: found.map((item) => providerViewOf(item, byCase.get(item.caseId))), total, limit, offset };
  }

  private async page(filter: Record<string, unknown>, { limit, offset }: Paging): Promise<ReferralListPage> {
    const [found, total] = await Promise.all([
      this.infra.readModels.find<ReferralListDocument>(REFERRAL_LIST, filter, { sort: '-lastChangedAt', skip: offset, limit }),
      this.infra.readModels.count(REFERRAL_LIST, filter),
    ]);
    return { items: found.map(listItemOf), total, limit, offset };
  }
}
