import type { ConsentNoted, PlanEvent } from '@homeward/contracts/planning';
import { assistanceDecision, noteConsent as registered } from './consent-facts';
import type { NoteConsent } from './plan.commands';
import type { PlanState } from './plan.state';
import type { NotedConsent } from './consent-facts';

/**
 * Planning keeps intake's consent decisions on the plan's stream, so an activation is decided on
 * what the register said, from the stream alone. The returnee may refuse assistance at any time:
 * refused, the plan is closed; withdrawn, it is suspended and flagged until a new version is consented to.
 */
export function noteConsent({ data, metadata }: NoteConsent, state: PlanState): PlanEvent[] {
  const known = state.facts.consents.find((c) => c.consentId === data.consentId);
  if (known?.status === data.decision) return [];
  const noted: ConsentNoted = { type: 'planning.ConsentNoted', data: { ...decision(data, known), notedAt: metadata.now } };
  if (data.purpose !== 'assistance' || state.status === 'none' || state.status === 'completed' || state.status === 'closed') return [noted];
  const assistance = assistanceDecision(registered(state.facts.consents, noted));
  if (assistance.decision === 'refused') {
    return [noted, { type: 'planning.PlanClosed', data: { caseId: state.caseId, reason: 'assistance_refused', consentId: assistance.consentId, closedAt: metadata.now } }];
  }
  if (assistance.decision === 'withdrawn' && !state.flag) {
    return [noted, { type: 'planning.PlanSuspended', data: { caseId: state.caseId, reason: 'assistance_consent_withdrawn', consentId: assistance.consentId, suspendedAt: metadata.now } }];
  }
  return [noted];
}

/**
 * A withdrawal keeps the form it withdraws (date, version, language, categories). One of a form
 * planning never saw, its history having begun later, is kept as what it is: a form that authorises nothing.
 */
function decision(data: NoteConsent['data'], known: NotedConsent | undefined): Omit<ConsentNoted['data'], 'notedAt'> {
  if (data.decision !== 'withdrawn') return data;
  const form = known ?? { decidedOn: data.withdrawnOn, formVersion: 'unknown', language: 'und', dataCategories: [] };
  return {
    ...data,
    decidedOn: form.decidedOn,
    ...('decidedAt' in form ? { decidedAt: form.decidedAt } : {}),
    formVersion: form.formVersion,
    language: form.language,
    dataCategories: form.dataCategories,
  };
}
