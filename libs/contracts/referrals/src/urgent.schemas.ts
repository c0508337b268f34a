import type { EventDefinition } from '@homeward/events/catalogue';
import { closed, countryCode, enumOf, id, isoDateTime } from '@homeward/events/catalogue';
import { CONSENT_ABSENCES, EMERGENCY_EXCEPTION_REASONS, ESCALATION_STAGES } from './vocabulary';

/** What only urgent referrals have: the emergency exception to consent, and escalation when no one acknowledges them. */
export const referralsUrgentEvents: EventDefinition[] = [
  {
    type: 'referrals.EmergencyExceptionApplied',
    context: 'referrals',
    description:
      "A life-threatening need was referred without the returnee's consent to sharing with that provider: the reason, and what the consent register answered, for auditors to list. No personal data.",
    versions: {
      1: closed(
        { caseId: id, referralId: id, needId: id, providerId: id, reason: enumOf(EMERGENCY_EXCEPTION_REASONS), consentAnswer: enumOf(CONSENT_ABSENCES), appliedAt: isoDateTime },
        ['caseId', 'referralId', 'needId', 'providerId', 'reason', 'consentAnswer', 'appliedAt'],
      ),
    },
  },
  {
    type: 'referrals.ReferralEscalated',
    context: 'referrals',
    description: 'An urgent referral was not acknowledged by its deadline (still unsent, or sent and unanswered): the supervisor of the office named is told. No personal data.',
    versions: {
      1: closed(
        { caseId: id, referralId: id, providerId: id, office: countryCode, stage: enumOf(ESCALATION_STAGES), acknowledgeBy: isoDateTime, escalatedAt: isoDateTime },
        ['caseId', 'referralId', 'providerId', 'office', 'stage', 'acknowledgeBy', 'escalatedAt'],
      ),
    },
  },
];
