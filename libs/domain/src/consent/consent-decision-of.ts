import type { IntakeTopicEvent } from '@homeward/contracts/intake';
import type { ConsentDecisionInput } from './noted-consent';

type ConsentOnTopic = Extract<IntakeTopicEvent, { type: 'intake.ConsentGiven' | 'intake.ConsentRefused' | 'intake.ConsentWithdrawn' }>;

/**
 * A decision of intake's register, as it reaches a consuming context on intake's topic, in the form
 * that context notes it: the form as signed (without the witness or anything personal), or the
 * withdrawal, which names only the form and the day.
 */
export function consentDecisionOf({ type, data }: ConsentOnTopic): ConsentDecisionInput & { caseId: string } {
  const recipient = data.recipient ? { recipient: { recipientId: data.recipient.recipientId, name: data.recipient.name } } : {};
  if (type === 'intake.ConsentWithdrawn') return { caseId: data.caseId, consentId: data.consentId, purpose: data.purpose, ...recipient, decision: 'withdrawn', withdrawnOn: data.withdrawnOn };
  return {
    caseId: data.caseId,
    consentId: data.consentId,
    purpose: data.purpose,
    ...recipient,
    decision: type === 'intake.ConsentGiven' ? 'given' : 'refused',
    decidedOn: data.decidedOn,
    decidedAt: data.recordedAt,
    formVersion: data.formVersion,
    language: data.language,
    // A refusal covers no data.
    dataCategories: 'dataCategories' in data ? data.dataCategories : [],
  };
}
