import type { EventDefinition } from '@homeward/events/catalogue';
import { closed, countryCode, id, isoDateTime } from '@homeward/events/catalogue';

export const referralsTransferEvents: EventDefinition[] = [
  {
    type: 'referrals.ReferralOfficeChanged',
    context: 'referrals',
    description: 'Intake transferred the case: this referral is now held by the office the case went to. No personal data.',
    versions: { 1: closed({ caseId: id, referralId: id, fromOffice: countryCode, office: countryCode, changedAt: isoDateTime }, ['caseId', 'referralId', 'fromOffice', 'office', 'changedAt']) },
  },
];
