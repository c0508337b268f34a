import type { ReferralsEvent } from '@homeward/contracts/referrals';
import { notInFuture } from '../shared/dates';
import type { DecideRelocation, RecordSafetyPlan } from './referral.commands';
import { ReferralsError } from './referrals.errors';
import { isOpen, type CaseReferrals } from './referrals.state';

const said = (texts: string[] | undefined): string[] => (texts ?? []).map((t) => t.trim()).filter(Boolean);

/**
 * Where services are lacking, a safety plan names the risks the returnee faces and how to reduce or
 * avoid harm (handbook 2.3.2), with how to cope and whom to call. Every word of it is sensitive.
 */
export function recordSafetyPlan({ data, metadata }: RecordSafetyPlan, state: CaseReferrals): ReferralsEvent[] {
  if (state.safetyPlanIds.includes(data.safetyPlanId)) throw new ReferralsError('SAFETY_PLAN_ALREADY_RECORDED', undefined, 'safetyPlanId');
  const risks = said(data.risks);
  const mitigations = said(data.mitigations);
  if (!risks.length) throw new ReferralsError('SAFETY_PLAN_INCOMPLETE', 'A safety plan names the risks', 'risks');
  if (!mitigations.length) throw new ReferralsError('SAFETY_PLAN_INCOMPLETE', 'A safety plan names how to reduce or avoid harm', 'mitigations');
  const copingStrategies = said(data.copingStrategies);
  const emergencyServices = data.emergencyServices?.trim();
  return [
    {
      type: 'referrals.SafetyPlanRecorded',
      data: {
        caseId: data.caseId,
        safetyPlanId: data.safetyPlanId,
        recordedAt: metadata.now,
        personal: { risks, mitigations, ...(copingStrategies.length ? { copingStrategies } : {}), emergencyContacts: data.emergencyContacts, ...(emergencyServices ? { emergencyServices } : {}) },
      },
    },
  ];
}

/**
 * Where needs are urgent or cannot be met, relocation to an area with services is considered
 * (handbook 2.3.2): the case has an urgent referral under way or an unmet need still open.
 */
export function decideRelocation({ data, metadata }: DecideRelocation, state: CaseReferrals): ReferralsEvent[] {
  if (state.relocationIds.includes(data.relocationId)) throw new ReferralsError('RELOCATION_ALREADY_DECIDED', undefined, 'relocationId');
  if (!data.reason.trim()) throw new ReferralsError('REASON_REQUIRED', undefined, 'reason');
  notInFuture(data.decidedOn, metadata.today, 'decidedOn', 'The decision');
  const urgent = Object.values(state.referrals).some((r) => r.urgency && isOpen(r));
  const unmet = Object.values(state.unmetNeeds).some((n) => n.status === 'open');
  if (!urgent && !unmet) throw new ReferralsError('RELOCATION_NOT_INDICATED');
  return [
    {
      type: 'referrals.RelocationDecided',
      data: { caseId: data.caseId, relocationId: data.relocationId, decidedOn: data.decidedOn, decidedAt: metadata.now, personal: { toArea: data.toArea, reason: data.reason.trim() } },
    },
  ];
}
