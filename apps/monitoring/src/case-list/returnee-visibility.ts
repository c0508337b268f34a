import { inScope, type Principal } from '@homeward/platform';

/**
 * Who sees the returnee's name in the list: those who follow her case. Her own case manager (in the
 * office holding the case), supervisors of that office, and auditors, as in intake's case file. M&E
 * officers work on the caseload, not on the person: they get the case without her name.
 */
export function maySeeReturnee(principal: Principal, held: { office: string; caseManagerId?: string }): boolean {
  switch (principal.role) {
    case 'case_manager':
      return held.caseManagerId !== undefined && held.caseManagerId === principal.userId && inScope(principal, held.office);
    case 'supervisor':
      return inScope(principal, held.office);
    case 'auditor':
      return true;
    default:
      return false;
  }
}
