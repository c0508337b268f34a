import type { ReferralsTopicEvent, ServiceType } from '@homeward/contracts/referrals';
import type { Projection } from '@homeward/events';
import { monthOf } from './periods';

/**
 * A country's unmet needs as counts (from referrals' topic): those recorded per month and service type,
 * and how many of them all were met or closed since. Referrals meets or closes only an open need, so
 * the open ones are the recorded less the met and the closed, and no need has to be kept by id (its
 * being met names neither its month nor its service).
 */
export interface UnmetNeedCountsDocument {
  country: string;
  recorded: Record<string, { month: string; serviceType: ServiceType; recorded: number }>;
  met: number;
  closed: number;
}

export const ME_UNMET_NEEDS = 'me_unmet_needs';

export const UNMET_NEED_FACTS = ['referrals.UnmetNeedRecorded', 'referrals.UnmetNeedMet', 'referrals.UnmetNeedClosed'] as const;
type UnmetNeedFact = Extract<ReferralsTopicEvent, { type: (typeof UNMET_NEED_FACTS)[number] }>;

export const unmetNeedCountsProjection: Projection<UnmetNeedCountsDocument, UnmetNeedFact> = {
  name: 'monitoring.me-unmet-needs',
  collection: ME_UNMET_NEEDS,
  indexes: [{ fields: ['country'] }],
  handles: UNMET_NEED_FACTS,
  acrossStreams: true,
  // Referrals records a case's needs under the office holding its referrals.
  documentId: (event) => event.country,
  evolve: (doc, event) => {
    const counts = doc ?? { country: event.country, recorded: {}, met: 0, closed: 0 };
    switch (event.type) {
      case 'referrals.UnmetNeedRecorded': {
        const { serviceType, recordedOn } = event.data;
        const key = `${monthOf(recordedOn)}|${serviceType}`;
        const cell = counts.recorded[key] ?? { month: monthOf(recordedOn), serviceType, recorded: 0 };
        return { ...counts, recorded: { ...counts.recorded, [key]: { ...cell, recorded: cell.recorded + 1 } } };
      }
      case 'referrals.UnmetNeedMet':
        return { ...counts, met: counts.met + 1 };
      case 'referrals.UnmetNeedClosed':
        return { ...counts, closed: counts.closed + 1 };
    }
  },
};
