import type { SensitiveKeyClass } from '@homeward/events/catalogue';

/**
 * The key class referrals seals a person's sensitive data under (safety plans, relocations, what a
 * health referral shares): its own, not intake's `sensitive`, which only intake is granted. So
 * referrals never opens intake's screenings, and intake never opens referrals' safety plans.
 */
export const PROTECTION: SensitiveKeyClass = 'protection';
