import { Inject, Injectable } from '@nestjs/common';
import type { SharedReferralData } from '@homeward/contracts/referrals';
import { OFFICE_CALENDAR, type OfficeCalendar } from '@homeward/platform';
import { CaseDetailsReader, referralDataOf } from '../case-details/case-details.reader';

export const RETURNEE_DATA = Symbol('RETURNEE_DATA');

/**
 * What referrals knows of a returnee when a referral of her case is made, for the consent gate to
 * pick the minimum data set from: her details as intake shares them under consent to assistance.
 */
export interface ReturneeData {
  of(caseId: string): Promise<SharedReferralData>;
}

/** From the case-details read model, her age counted on the day of the office holding the case. */
@Injectable()
export class CaseReturneeData implements ReturneeData {
  constructor(
    private readonly cases: CaseDetailsReader,
    @Inject(OFFICE_CALENDAR) private readonly calendar: OfficeCalendar,
  ) {}

  async of(caseId: string): Promise<SharedReferralData> {
    const doc = await this.cases.get(caseId);
    return referralDataOf(doc, this.calendar.today(doc?.office ?? ''));
  }
}

export const returneeDataProvider = { provide: RETURNEE_DATA, useClass: CaseReturneeData };
