import { Inject, Injectable } from '@nestjs/common';
import type { SharedReferralData } from '@homeward/contracts/referrals';
import { INFRASTRUCTURE, inScope, type Infrastructure, type Principal } from '@homeward/platform';
import { ReferralAccessError } from '../referral-access/referral-access.errors';
import { CASE_DETAILS, type CaseDetailsDocument } from './case-details.projection';

/**
 * What referrals knows of a case from intake's topic: who holds it, and what a referral may say of her.
 * Who may act on the case is judged on it: reads for staff of the countries it crossed, writes for the
 * office holding it, safety plans and relocations (protected) for its own case manager and that office's
 * supervisors only, as intake's sensitive parts are.
 */
@Injectable()
export class CaseDetailsReader {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async get(caseId: string): Promise<CaseDetailsDocument | undefined> {
    return (await this.infra.readModels.get<CaseDetailsDocument>(CASE_DETAILS, caseId)) ?? undefined;
  }

  /** The case as staff of its countries read it; outside them it answers as an unknown one: that it exists is not theirs to learn. */
  async visible(caseId: string, principal: Principal): Promise<CaseDetailsDocument & { office: string }> {
    const doc = await this.get(caseId);
    if (!doc?.office || !doc.countries.some((c) => inScope(principal, c))) throw new ReferralAccessError('CASE_NOT_FOUND', `No case ${caseId} in your countries`, 'caseId');
    return doc as CaseDetailsDocument & { office: string };
  }

  /** The office holding the case, when it is the caller's: only its staff change the case's referrals. */
  async officeHolding(caseId: string, principal: Principal): Promise<CaseDetailsDocument & { office: string }> {
    const doc = await this.visible(caseId, principal);
    if (!inScope(principal, doc.office)) throw new ReferralAccessError('NOT_CASE_OFFICE', `Office ${doc.office} holds case ${caseId}`);
    return doc;
  }

  /** The case, if the caller is its own case manager or a supervisor of the office holding it. */
  async protectedTo(caseId: string, principal: Principal): Promise<CaseDetailsDocument & { office: string }> {
    const doc = await this.officeHolding(caseId, principal);
    if (!mayHandleProtected(principal, doc)) throw new ReferralAccessError('PROTECTED_TO_CASE_TEAM');
    return doc;
  }
}

/** Her own case manager in the office holding the case, and that office's supervisors. */
export function mayHandleProtected(principal: Principal, held: Pick<CaseDetailsDocument, 'office' | 'caseManagerId'>): boolean {
  if (!held.office || !inScope(principal, held.office)) return false;
  if (principal.role === 'supervisor') return true;
  return principal.role === 'case_manager' && held.caseManagerId !== undefined && held.caseManagerId === principal.userId;
}

/** What the service knows of her for a referral leaving on `today`: nothing while she does not consent to assistance or once erased. */
export function referralDataOf(doc: CaseDetailsDocument | undefined, today: string): SharedReferralData {
  const returnee = doc?.returnee;
  if (!returnee) return {};
  const { firstName, lastName, language, phone, dateOfBirth } = returnee;
  return { firstName, lastName, ...(language ? { language } : {}), ...(phone ? { phone } : {}), ...(doc.sex ? { sex: doc.sex } : {}), ageYears: ageOn(dateOfBirth, today) };
}

/** Whole years from the date of birth to the day (YYYY-MM-DD both): a birthday counts from its day. */
export function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}
