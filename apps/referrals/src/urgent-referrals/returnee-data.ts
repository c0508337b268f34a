import { Injectable } from '@nestjs/common';
import type { SharedReferralData } from '@homeward/contracts/referrals';

export const RETURNEE_DATA = Symbol('RETURNEE_DATA');

/**
 * What referrals knows of a returnee when a referral of her case is made, for the consent gate to
 * pick the minimum data set from. The seam where the returnee-details read model (her details
 * as intake shares them under consent to assistance) plugs in: bind RETURNEE_DATA to its reader.
 */
export interface ReturneeData {
  of(caseId: string): Promise<SharedReferralData>;
}

/** Until that read model is bound: nothing of her but what the referral itself carries. */
@Injectable()
export class NothingKnownOfReturnee implements ReturneeData {
  of(): Promise<SharedReferralData> {
    return Promise.resolve({});
  }
}

export const returneeDataProvider = { provide: RETURNEE_DATA, useClass: NothingKnownOfReturnee };
