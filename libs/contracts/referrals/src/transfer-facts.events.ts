/**
 * Intake transferred the case to another office: each of its referrals moves with it, so that the staff
 * who now hold the case find them in their lists and its supervisors are the ones told of a late
 * acknowledgement. One event per referral, each naming it. No personal data (the handover note stays in intake).
 */
export interface ReferralOfficeChanged {
  type: 'referrals.ReferralOfficeChanged';
  data: { caseId: string; referralId: string; fromOffice: string; office: string; changedAt: string };
}
