import { Inject, Injectable } from '@nestjs/common';
import { ReferralsError } from '@homeward/domain';
import { inScope, INFRASTRUCTURE, type Infrastructure, type Principal } from '@homeward/platform';
import { CASE_HOLDERS, type CaseHolder } from './case-holders.projection';

/**
 * Who may act on a case in referrals, judged on who holds it (intake's topic, `case_holders`). A case
 * outside both countries it crosses answers as an unknown one (404): that it exists is not theirs to
 * learn. Writes are for the office holding it; safety plans and relocations (protected) for its own case
 * manager and that office's supervisors only, as intake's sensitive parts are.
 */
@Injectable()
export class CaseAccess {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  /** The case as the caller may see it exists: in one of its countries. */
  async visible(principal: Principal, caseId: string): Promise<CaseHolder> {
    const held = await this.infra.readModels.get<CaseHolder>(CASE_HOLDERS, caseId);
    if (!held || !(inScope(principal, held.hostCountry) || inScope(principal, held.countryOfOrigin) || inScope(principal, held.office))) {
      throw new ReferralsError('CASE_NOT_FOUND', `No case ${caseId} in your countries`, 'caseId');
    }
    const { _id, _position, ...holder } = held;
    return holder;
  }

  /** The case, if the caller works in the office holding it: what every write about it needs. */
  async writable(principal: Principal, caseId: string): Promise<CaseHolder> {
    const held = await this.visible(principal, caseId);
    if (!inScope(principal, held.office)) throw new ReferralsError('NOT_CASE_OFFICE');
    return held;
  }

  /** The case, if the caller is its own case manager or a supervisor of the office holding it. */
  async protectedTo(principal: Principal, caseId: string): Promise<CaseHolder> {
    const held = await this.writable(principal, caseId);
    if (!mayHandleProtected(principal, held)) throw new ReferralsError('PROTECTED_TO_CASE_TEAM');
    return held;
  }
}

/** Her own case manager in the office holding the case, and that office's supervisors. */
export function mayHandleProtected(principal: Principal, held: Pick<CaseHolder, 'office' | 'caseManagerId'>): boolean {
  if (!inScope(principal, held.office)) return false;
  if (principal.role === 'supervisor') return true;
  return principal.role === 'case_manager' && held.caseManagerId !== undefined && held.caseManagerId === principal.userId;
}
