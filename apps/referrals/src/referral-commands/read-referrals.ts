import { Inject, Injectable } from '@nestjs/common';
import { evolveReferrals, initialReferralsState, ReferralsError, type Referral } from '@homeward/domain';
import type { ReferralsEvent } from '@homeward/contracts/referrals';
import { INFRASTRUCTURE, type Infrastructure } from '@homeward/platform';
import { referralsStreamId } from './stream-ids';

/** A referral as the case's stream says it is now, for what a command needs before it runs (which provider it names). */
@Injectable()
export class ReferralReader {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async referralOf(caseId: string, referralId: string): Promise<Referral> {
    const history = await this.infra.store.readStream(referralsStreamId(caseId));
    const state = history.reduce((s, e) => evolveReferrals(s, e as unknown as ReferralsEvent), initialReferralsState());
    const referral = state.referrals[referralId];
    if (!referral) throw new ReferralsError('REFERRAL_NOT_FOUND', `No referral ${referralId} in case ${caseId}`, 'referralId');
    return referral;
  }
}
