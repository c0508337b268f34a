import type { Urgency } from '@homeward/contracts/intake';

/**
 * Intake screened a vulnerability of the returnee: planning keeps that it happened and how urgent it
 * was, so whoever drafts the plan knows to confirm it. Which area it concerns (health, violence…) is
 * sensitive and stays in intake's case file, where her case manager reads it.
 */
export interface VulnerabilityScreeningNoted {
  type: 'planning.VulnerabilityScreeningNoted';
  data: { caseId: string; screeningId: string; urgency: Urgency; screenedAt: string };
}
