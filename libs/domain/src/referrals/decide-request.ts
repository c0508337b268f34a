import type { ReferralSource, ReferralsEvent } from '@homeward/contracts/referrals';
import type { RequestReferral } from './referral.commands';
import { requireTakes } from './referral.guards';
import { ReferralsError } from './referrals.errors';
import { isOpen, type CaseReferrals } from './referrals.state';

/**
 * A referral goes to an active provider of the directory for a service it offers. One from a plan
 * element already referred and still open is not made twice: planning's event may come again.
 */
export function requestReferral({ data, metadata }: RequestReferral, state: CaseReferrals): ReferralsEvent[] {
  if (state.referrals[data.referralId]) throw new ReferralsError('REFERRAL_ALREADY_EXISTS', `Referral ${data.referralId} already exists`, 'referralId');
  if (data.source.kind === 'plan_element' && openFrom(state, data.source, data.provider.providerId)) return [];
  requireTakes(data.provider, data.serviceType);
  return [
    {
      type: 'referrals.ReferralRequested',
      data: {
        caseId: data.caseId,
        referralId: data.referralId,
        source: data.source,
        serviceType: data.serviceType,
        providerId: data.provider.providerId,
        office: data.office,
        requestedAt: metadata.now,
        ...(data.note ? { personal: { note: data.note } } : {}),
      },
    },
  ];
}

const sameSource = (a: ReferralSource, b: ReferralSource): boolean => JSON.stringify(a) === JSON.stringify(b);
const openFrom = (state: CaseReferrals, source: ReferralSource, providerId: string): boolean =>
  Object.values(state.referrals).some((r) => isOpen(r) && r.providerId === providerId && sameSource(r.source, source));
