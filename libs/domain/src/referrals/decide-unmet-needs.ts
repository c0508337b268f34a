import type { ReferralsEvent } from '@homeward/contracts/referrals';
import { notInFuture } from '../shared/dates';
import type { CloseUnmetNeed, MarkUnmetNeedMet, RecordUnmetNeed } from './referral.commands';
import { existingReferral } from './referral.guards';
import { ReferralsError } from './referrals.errors';
import type { CaseReferrals, UnmetNeed } from './referrals.state';

/**
 * Every case in which staff cannot meet a need is recorded and tracked (handbook 2.3.2). The same
 * plan element or urgent need recorded again (a reaction redelivered) changes nothing.
 */
export function recordUnmetNeed({ data, metadata }: RecordUnmetNeed, state: CaseReferrals): ReferralsEvent[] {
  if (state.unmetNeeds[data.unmetNeedId]) throw new ReferralsError('UNMET_NEED_ALREADY_RECORDED', `Unmet need ${data.unmetNeedId} is already recorded`, 'unmetNeedId');
  const { sourceId } = data;
  if (sourceId && Object.values(state.unmetNeeds).some((n) => n.status === 'open' && n.source === data.source && n.sourceId === sourceId)) return [];
  return [
    {
      type: 'referrals.UnmetNeedRecorded',
      data: {
        caseId: data.caseId,
        unmetNeedId: data.unmetNeedId,
        serviceType: data.serviceType,
        country: data.country,
        ...(data.area ? { area: data.area } : {}),
        source: data.source,
        ...(sourceId ? { sourceId } : {}),
        recordedOn: metadata.today,
        recordedAt: metadata.now,
      },
    },
  ];
}

function openNeed(state: CaseReferrals, unmetNeedId: string): UnmetNeed {
  const need = state.unmetNeeds[unmetNeedId];
  if (!need) throw new ReferralsError('UNMET_NEED_NOT_FOUND', `No unmet need ${unmetNeedId} in this case`, 'unmetNeedId');
  if (need.status !== 'open') throw new ReferralsError('UNMET_NEED_NOT_OPEN', `Unmet need ${unmetNeedId} is ${need.status}`);
  return need;
}

/** A service came to exist, or the case manager found one: the need is met, by the referral named if any. */
export function markUnmetNeedMet({ data, metadata }: MarkUnmetNeedMet, state: CaseReferrals): ReferralsEvent[] {
  const need = openNeed(state, data.unmetNeedId);
  if (data.referralId) existingReferral(state, data.referralId);
  notInFuture(data.metOn, metadata.today, 'metOn', 'The day the need was met');
  return [{ type: 'referrals.UnmetNeedMet', data: { caseId: data.caseId, unmetNeedId: need.unmetNeedId, ...(data.referralId ? { referralId: data.referralId } : {}), metOn: data.metOn, recordedAt: metadata.now } }];
}

export function closeUnmetNeed({ data, metadata }: CloseUnmetNeed, state: CaseReferrals): ReferralsEvent[] {
  const need = openNeed(state, data.unmetNeedId);
  return [{ type: 'referrals.UnmetNeedClosed', data: { caseId: data.caseId, unmetNeedId: need.unmetNeedId, reason: data.reason, closedAt: metadata.now, ...(data.note ? { personal: { note: data.note } } : {}) } }];
}
