import { ReferralsError, type CaseReferrals, type ReferralsCommand } from '@homeward/domain';
import type { Principal } from '@homeward/platform';

/** What a provider's own users do on a referral addressed to their organisation: answer it and report the service. */
const PROVIDER_COMMANDS: ReadonlySet<ReferralsCommand['type']> = new Set(['AcknowledgeReferral', 'AcceptReferral', 'DeclineReferral', 'RecordServiceDelivery']);

/**
 * A service provider acts only on referrals sent to its organisation; another's answers as an unknown
 * one (that a case was referred elsewhere is not its to learn). Judged on the stream, as the decision is.
 */
export function providerMayAct(state: CaseReferrals, command: ReferralsCommand, principal: Principal | undefined): void {
  if (principal?.role !== 'service_provider') return;
  const referralId = (command.data as { referralId?: string }).referralId;
  const referral = referralId ? state.referrals[referralId] : undefined;
  const own = referral && principal.organisationId && referral.providerId === principal.organisationId && referral.status !== 'requested';
  if (!PROVIDER_COMMANDS.has(command.type) || !own) throw new ReferralsError('REFERRAL_NOT_FOUND', `No referral ${referralId ?? ''} addressed to your organisation`, 'referralId');
}
