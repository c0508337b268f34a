import type { ReferralSourceKind, ServiceType, UnmetNeedClosureReason, UnmetNeedEvent } from '@homeward/contracts/referrals';
import type { Projection } from '@homeward/events';

/**
 * One need no provider could meet, tracked until met or closed (handbook 2.3.2): what, where, from
 * where it came, and where it stands. The case id, and nothing else of the person: the closing note,
 * her words, stays in the history.
 */
export interface UnmetNeedItem {
  unmetNeedId: string;
  caseId: string;
  serviceType: ServiceType;
  country: string;
  area?: string;
  source: ReferralSourceKind;
  sourceId?: string;
  status: 'open' | 'met' | 'closed';
  recordedOn: string;
  recordedAt: string;
  metOn?: string;
  /** The referral that met it, if one did. */
  referralId?: string;
  closedAt?: string;
  closureReason?: UnmetNeedClosureReason;
}

export const UNMET_NEEDS = 'unmet_needs';

export const unmetNeedsProjection: Projection<UnmetNeedItem, UnmetNeedEvent> = {
  name: 'referrals.unmet-needs',
  collection: UNMET_NEEDS,
  // A country's needs at a status (or all), the latest first; the same across countries for callers of every one.
  // The report reads a country's needs through the second.
  indexes: [{ fields: ['country', 'status', 'recordedAt'] }, { fields: ['country', 'recordedAt'] }, { fields: ['status', 'recordedAt'] }, { fields: ['recordedAt'] }],
  handles: ['referrals.UnmetNeedRecorded', 'referrals.UnmetNeedMet', 'referrals.UnmetNeedClosed'],
  // An id is unique within its case only.
  documentId: (event) => `${event.data.caseId}:${event.data.unmetNeedId}`,
  evolve: (doc, event) => {
    switch (event.type) {
      case 'referrals.UnmetNeedRecorded': {
        // Field by field: a later version of the event must not reach the list unreviewed.
        const { unmetNeedId, caseId, serviceType, country, area, source, sourceId, recordedOn, recordedAt } = event.data;
        return { unmetNeedId, caseId, serviceType, country, ...(area ? { area } : {}), source, ...(sourceId ? { sourceId } : {}), status: 'open', recordedOn, recordedAt };
      }
      case 'referrals.UnmetNeedMet': {
        const { metOn, referralId } = event.data;
        return doc && { ...doc, status: 'met', metOn, ...(referralId ? { referralId } : {}) };
      }
      case 'referrals.UnmetNeedClosed':
        return doc && { ...doc, status: 'closed', closedAt: event.data.closedAt, closureReason: event.data.reason };
    }
  },
};
