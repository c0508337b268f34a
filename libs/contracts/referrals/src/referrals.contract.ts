import type { ContextContract } from '@homeward/events/catalogue';
import { referralsConsentEvents } from './consent-facts.schemas';
import { referralsErasureEvents } from './erasure-facts.schemas';
import { referralsProviderEvents } from './provider.schemas';
import { referralsLifecycleEvents } from './referral.schemas';
import { referralsSafetyEvents } from './safety.schemas';
import { referralsTransferEvents } from './transfer-facts.schemas';
import { referralsUnmetNeedEvents } from './unmet-need.schemas';
import { referralsUrgentEvents } from './urgent.schemas';

/** Referrals' published language: every event the referrals domain can emit (ProviderEvent, ReferralsEvent), one schema per version. */
export const referralsContract: ContextContract = {
  context: 'referrals',
  events: [...referralsProviderEvents, ...referralsConsentEvents, ...referralsLifecycleEvents, ...referralsUrgentEvents, ...referralsUnmetNeedEvents, ...referralsSafetyEvents, ...referralsErasureEvents, ...referralsTransferEvents],
};
