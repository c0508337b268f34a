import { registerDayNow } from '../consent/noted-consent';
import type { ReferralsEvent, ReferralRequested } from '@homeward/contracts/referrals';
import { MAX_ACKNOWLEDGE_HOURS } from '@homeward/contracts/referrals';
import { sent } from './decide-sending';
import { addHours } from './hours';
import type { EscalateReferral, OpenUrgentReferral } from './referral.commands';
import { existingReferral } from './referral.guards';
import { ReferralsError } from './referrals.errors';
import { evolveReferrals, type CaseReferrals, type Referral } from './referrals.state';
import { sharingInEmergency, sharingUnderConsent } from './sharing';
import { firstMatch, URGENT_SERVICE_TYPES } from './urgent-matching';

/**
 * An urgent need from intake is referred at once to a matching active emergency provider, and sent
 * in the same decision if it may be: under consent, or, for a life-threatening need with no decision
 * of the returnee's against it, under the emergency exception, recorded with its reason. A refusal or
 * withdrawal of hers is never overridden: the referral then waits, and its deadline still runs, so the
 * supervisor hears of it. No provider matches: the need is recorded as unmet. The same need again changes nothing.
 */
export function openUrgentReferral(command: OpenUrgentReferral, state: CaseReferrals): ReferralsEvent[] {
  const { data, metadata } = command;
  if (!Number.isInteger(data.acknowledgeWithinHours) || data.acknowledgeWithinHours < 1 || data.acknowledgeWithinHours > MAX_ACKNOWLEDGE_HOURS) {
    throw new ReferralsError('ACKNOWLEDGE_HOURS_OUT_OF_RANGE', `${data.acknowledgeWithinHours} hours`, 'acknowledgeWithinHours');
  }
  if (alreadyActedOn(state, data.needId)) return [];
  const match = firstMatch(data.serviceNeeded, data.candidates, data.area, data.returnee);
  if (!match) return [unmet(command)];
  const requested: ReferralRequested = {
    type: 'referrals.ReferralRequested',
    data: {
      caseId: data.caseId,
      referralId: data.referralId,
      source: { kind: 'urgent_need', needId: data.needId, serviceNeeded: data.serviceNeeded },
      serviceType: match.serviceType,
      providerId: match.provider.providerId,
      office: data.office,
      urgency: data.urgency,
      acknowledgeWithinHours: data.acknowledgeWithinHours,
      acknowledgeBy: addHours(metadata.now, data.acknowledgeWithinHours),
      requestedAt: metadata.now,
    },
  };
  const referral = evolveReferrals(state, requested).referrals[data.referralId];
  return [requested, ...sendAtOnce(referral, command, state)];
}

function sendAtOnce(referral: Referral, { data, metadata }: OpenUrgentReferral, state: CaseReferrals): ReferralsEvent[] {
  const sharing = sharingUnderConsent(referral, state.consents, registerDayNow(state.consents, metadata.today, metadata.now), data.returnee);
  if (sharing.allowed) return sharing.fields.length ? [sent(referral, data.caseId, metadata, sharing, { consentId: sharing.consentId })] : [];
  const reason = sharing.answer.reason;
  if (data.urgency !== 'life_threatening' || (reason !== 'NO_CONSENT' && reason !== 'NOT_YET_VALID')) return [];
  const shared = sharingInEmergency(referral, data.returnee);
  if (!shared.fields.length) return [];
  return [
    {
      type: 'referrals.EmergencyExceptionApplied',
      data: { caseId: data.caseId, referralId: referral.referralId, needId: data.needId, providerId: referral.providerId, reason: 'life_threatening_need', consentAnswer: reason, appliedAt: metadata.now },
    },
    sent(referral, data.caseId, metadata, shared, { emergencyException: true }),
  ];
}

const alreadyActedOn = (state: CaseReferrals, needId: string): boolean =>
  Object.values(state.referrals).some((r) => r.source.kind === 'urgent_need' && r.source.needId === needId) ||
  Object.values(state.unmetNeeds).some((n) => n.source === 'urgent_need' && n.sourceId === needId);

function unmet({ data, metadata }: OpenUrgentReferral): ReferralsEvent {
  // Recorded as the most fitting service for the need: the one advocacy should ask for.
  const [serviceType] = URGENT_SERVICE_TYPES[data.serviceNeeded];
  return {
    type: 'referrals.UnmetNeedRecorded',
    data: {
      caseId: data.caseId,
      unmetNeedId: data.unmetNeedId,
      serviceType,
      country: data.office,
      ...(data.area ? { area: data.area } : {}),
      source: 'urgent_need',
      sourceId: data.needId,
      recordedOn: metadata.today,
      recordedAt: metadata.now,
    },
  };
}

/**
 * A scheduler escalates an urgent referral whose acknowledgement time has passed: to the supervisor of
 * the office holding the case. Refused before the deadline and once the provider has acknowledged or
 * answered; for the same deadline again, nothing changes.
 */
export function escalateReferral({ data, metadata }: EscalateReferral, state: CaseReferrals): ReferralsEvent[] {
  const referral = existingReferral(state, data.referralId);
  if (!referral.urgency || !referral.acknowledgeBy) throw new ReferralsError('REFERRAL_NOT_URGENT', `Referral ${referral.referralId} is not urgent`);
  if (referral.status === 'declined' || referral.status === 'closed') throw new ReferralsError('REFERRAL_ENDED', `Referral ${referral.referralId} is ${referral.status}`);
  if (referral.status === 'on_hold') throw new ReferralsError('REFERRAL_ON_HOLD', `Referral ${referral.referralId} is on hold`);
  if (referral.acknowledgedAt || (referral.status !== 'requested' && referral.status !== 'sent')) throw new ReferralsError('REFERRAL_ALREADY_ACKNOWLEDGED');
  if (Date.parse(metadata.now) < Date.parse(referral.acknowledgeBy)) throw new ReferralsError('ESCALATION_NOT_DUE', `Referral ${referral.referralId} is due for acknowledgement by ${referral.acknowledgeBy}`);
  if (referral.escalatedFor === referral.acknowledgeBy) return [];
  return [
    {
      type: 'referrals.ReferralEscalated',
      data: {
        caseId: data.caseId,
        referralId: referral.referralId,
        providerId: referral.providerId,
        office: data.office ?? referral.office,
        stage: referral.status === 'requested' ? 'not_sent' : 'not_acknowledged',
        acknowledgeBy: referral.acknowledgeBy,
        escalatedAt: metadata.now,
      },
    },
  ];
}
