import type { NotedConsentDecision } from '@homeward/contracts/intake';

/**
 * A decision of intake's consent register, as planning keeps it to decide activations (intake's shape
 * for consumers): a form covers a plan version only if recorded (decidedAt) after the version's last
 * change, even on the same day.
 */
export interface ConsentNoted {
  type: 'planning.ConsentNoted';
  data: NotedConsentDecision;
}
