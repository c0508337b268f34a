import type { ConsentNoted, PlanEvent } from '@homeward/contracts/planning';
import { alreadyNoted, completeDecision, knownForm, noteConsent as registered } from '../consent/noted-consent';
import { assistanceDecision } from './consent-facts';
import type { NoteConsent } from './plan.commands';
import type { PlanState } from './plan.state';

/**
 * Planning keeps intake's consent decisions on the plan's stream, so an activation is decided on
 * what the register said, from the stream alone. The returnee may refuse assistance at any time:
 * refused, the plan is closed; withdrawn, it is suspended and flagged until a new version is consented to.
 */
export function noteConsent({ data, metadata }: NoteConsent, state: PlanState): PlanEvent[] {
  if (alreadyNoted(state.facts.consents, data)) return [];
  const noted: ConsentNoted = { type: 'planning.ConsentNoted', data: { ...completeDecision(data, knownForm(state.facts.consents, data.consentId)), notedAt: metadata.now } };
  if (data.purpose !== 'assistance' || state.status === 'none' || state.status === 'completed' || state.status === 'closed') return [noted];
  const assistance = assistanceDecision(registered(state.facts.consents, noted.data));
  if (assistance.decision === 'refused') {
    return [noted, { type: 'planning.PlanClosed', data: { caseId: state.caseId, reason: 'assistance_refused', consentId: assistance.consentId, closedAt: metadata.now } }];
  }
  if (assistance.decision === 'withdrawn' && !state.flag) {
    return [noted, { type: 'planning.PlanSuspended', data: { caseId: state.caseId, reason: 'assistance_consent_withdrawn', consentId: assistance.consentId, suspendedAt: metadata.now } }];
  }
  return [noted];
}
