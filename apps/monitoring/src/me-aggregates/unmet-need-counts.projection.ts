import type { ReferralsTopicEvent, ServiceType } from '@homeward/contracts/referrals';
import type { Projection } from '@homeward/events';
import { monthOf } from './periods';

/** Needs recorded in a month for a service type, by where they stand now. */
export interface UnmetNeedCell {
  month: string;
  serviceType: ServiceType;
  open: number;
  met: number;
  closed: number;
}

/**
 * A country's unmet needs as counts (from referrals' topic): per month recorded and service type. The
 * open needs are kept by id, as the join between the need recorded (which says where and what) and its
 * being met or closed (which do not); they leave once met or closed. No answer reads them.
 */
export interface UnmetNeedCountsDocument {
  country: string;
  open: Record<string, string>;
  cells: Record<string, UnmetNeedCell>;
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
    const counts = doc ?? { country: event.country, open: {}, cells: {} };
    const need = `${event.data.caseId}:${event.data.unmetNeedId}`;
    if (event.type === 'referrals.UnmetNeedRecorded') {
      if (counts.open[need]) return counts;
      const { serviceType, recordedOn } = event.data;
      const key = `${monthOf(recordedOn)}|${serviceType}`;
      const cell = counts.cells[key] ?? { month: monthOf(recordedOn), serviceType, open: 0, met: 0, closed: 0 };
      return { ...counts, open: { ...counts.open, [need]: key }, cells: { ...counts.cells, [key]: { ...cell, open: cell.open + 1 } } };
    }
    const key = counts.open[need];
    if (!key) return counts;
    const cell = counts.cells[key];
    const moved = event.type === 'referrals.UnmetNeedMet' ? { ...cell, open: cell.open - 1, met: cell.met + 1 } : { ...cell, open: cell.open - 1, closed: cell.closed + 1 };
    const { [need]: _left, ...open } = counts.open;
    return { ...counts, open, cells: { ...counts.cells, [key]: moved } };
  },
};
