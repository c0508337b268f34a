import { notedConsentSchema } from '@homeward/contracts/intake';
import type { EventDefinition } from '@homeward/events/catalogue';

export const referralsConsentEvents: EventDefinition[] = [
  {
    type: 'referrals.ConsentNoted',
    context: 'referrals',
    description:
      "A decision of intake's consent register (given, refused or withdrawn), as referrals keeps it to decide whether a referral may be sent to a provider; copied from intake's topic, it carries no personal data.",
    versions: { 1: notedConsentSchema() },
  },
];
