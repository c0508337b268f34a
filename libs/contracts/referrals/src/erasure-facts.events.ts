/**
 * Intake erased the returnee's personal data (her keys are destroyed, referrals' protection key with
 * them): referrals notes it on the case's referrals stream, which takes nothing more. No personal data.
 */
export interface ReturneeErasureNoted {
  type: 'referrals.ReturneeErasureNoted';
  data: { caseId: string; erasedAt: string };
}
