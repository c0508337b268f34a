import type { EventDefinition } from '@homeward/events/catalogue';
import { closed, countryCode, enumOf, id, isoDate, isoDateTime, label, text } from '@homeward/events/catalogue';
import { REFERRAL_SOURCES, SERVICE_TYPES, UNMET_NEED_CLOSURE_REASONS } from './vocabulary';

/** Needs no provider could meet, tracked until met or closed, and reported in aggregate for advocacy. */
export const referralsUnmetNeedEvents: EventDefinition[] = [
  {
    type: 'referrals.UnmetNeedRecorded',
    context: 'referrals',
    description: 'No active provider matched a need of the case: its service type, country, area, source and day, all outside personal for the aggregate report. No personal data.',
    versions: {
      1: closed(
        {
          caseId: id,
          unmetNeedId: id,
          serviceType: enumOf(SERVICE_TYPES),
          country: countryCode,
          area: label(64),
          source: enumOf(REFERRAL_SOURCES),
          sourceId: id,
          recordedOn: isoDate,
          recordedAt: isoDateTime,
        },
        ['caseId', 'unmetNeedId', 'serviceType', 'country', 'source', 'recordedOn', 'recordedAt'],
      ),
    },
  },
  {
    type: 'referrals.UnmetNeedMet',
    context: 'referrals',
    description: 'An unmet need was met after all, by the referral named if there was one. No personal data.',
    versions: {
      1: closed({ caseId: id, unmetNeedId: id, referralId: id, metOn: isoDate, recordedAt: isoDateTime }, ['caseId', 'unmetNeedId', 'metOn', 'recordedAt']),
    },
  },
  {
    type: 'referrals.UnmetNeedClosed',
    context: 'referrals',
    description: 'An unmet need is no longer tracked, with the reason as a code; the note is personal.',
    versions: {
      1: closed(
        { caseId: id, unmetNeedId: id, reason: enumOf(UNMET_NEED_CLOSURE_REASONS), closedAt: isoDateTime, personal: closed({ note: text(2000) }) },
        ['caseId', 'unmetNeedId', 'reason', 'closedAt'],
      ),
    },
  },
];
