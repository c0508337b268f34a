import { MAX_ACKNOWLEDGE_HOURS } from '@homeward/contracts/referrals';
import { DEFAULT_ACKNOWLEDGE_WITHIN_HOURS, type UrgentReferralConfig } from '@homeward/domain';

export const URGENT_REFERRAL_CONFIG = Symbol('URGENT_REFERRAL_CONFIG');

/**
 * The programme's settings for urgent referrals, read at start as the platform reads its own
 * (configFromEnv): HOMEWARD_URGENT_ACK_HOURS, the hours an emergency provider has to acknowledge
 * before the office's supervisor is told, 24 unless set. A value the policy would refuse stops the
 * start, rather than every urgent referral later.
 */
export function urgentReferralConfigFromEnv(env: NodeJS.ProcessEnv = process.env): Required<UrgentReferralConfig> {
  const text = env.HOMEWARD_URGENT_ACK_HOURS;
  if (text === undefined || text.trim() === '') return { acknowledgeWithinHours: DEFAULT_ACKNOWLEDGE_WITHIN_HOURS };
  const hours = /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
  if (!(hours >= 1 && hours <= MAX_ACKNOWLEDGE_HOURS)) {
    throw new Error(`HOMEWARD_URGENT_ACK_HOURS must be a whole number of hours from 1 to ${MAX_ACKNOWLEDGE_HOURS} (got "${text}")`);
  }
  return { acknowledgeWithinHours: hours };
}

/** The Nest provider: read once, when the service starts. */
export const urgentReferralConfigProvider = { provide: URGENT_REFERRAL_CONFIG, useFactory: () => urgentReferralConfigFromEnv() };
