/**
 * Intake erased the returnee's personal data (her keys are destroyed): planning notes it on the plan,
 * which takes nothing more, and closes the plan if it was open. No personal data.
 */
export interface ReturneeErasureNoted {
  type: 'planning.ReturneeErasureNoted';
  data: { caseId: string; erasedAt: string };
}
