import type { ReferralSourceKind, ServiceType, UnmetNeedClosureReason } from './vocabulary';

/**
 * No active provider could meet a need of the case (handbook 2.3.2: every such case is recorded and
 * tracked, for advocacy). Type, place and date stay outside personal for the aggregate report.
 */
export interface UnmetNeedRecorded {
  type: 'referrals.UnmetNeedRecorded';
  data: {
    caseId: string;
    unmetNeedId: string;
    serviceType: ServiceType;
    country: string;
    /** The administrative area, if known. */
    area?: string;
    source: ReferralSourceKind;
    /** The plan element or urgent need it came from. */
    sourceId?: string;
    recordedOn: string;
    recordedAt: string;
  };
}

export interface UnmetNeedMet {
  type: 'referrals.UnmetNeedMet';
  data: { caseId: string; unmetNeedId: string; referralId?: string; metOn: string; recordedAt: string };
}

export interface UnmetNeedClosed {
  type: 'referrals.UnmetNeedClosed';
  data: { caseId: string; unmetNeedId: string; reason: UnmetNeedClosureReason; closedAt: string; personal?: { note?: string } };
}

export type UnmetNeedEvent = UnmetNeedRecorded | UnmetNeedMet | UnmetNeedClosed;
