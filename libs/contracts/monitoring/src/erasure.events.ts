/**
 * Intake erased the returnee's personal data: what monitoring recorded about her stays, its words
 * unreadable (her keys are gone), and nothing more is recorded about her. No personal data.
 */
export interface ReturneeErasureNoted {
  type: 'monitoring.ReturneeErasureNoted';
  data: { caseId: string; erasedAt: string };
}

export type ErasureEvent = ReturneeErasureNoted;
