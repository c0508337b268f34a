import { referralsDecider, type ReferralsCommand } from '@homeward/domain';
import type { Principal } from '@homeward/platform';
import { UrgentHistory } from '../testing/urgent-history';
import { guardReferralAccess } from './referral-access';

const history = UrgentHistory.opened('c-1');
const state = history.events.reduce((s, e) => referralsDecider.evolve(s, e as never), referralsDecider.initialState());
const acknowledge = { type: 'AcknowledgeReferral', data: { caseId: 'c-1', referralId: 'urgent-n-c-1' } } as ReferralsCommand;
const as = (p: Partial<Principal>): Principal => ({ userId: 'u-1', role: 'case_manager', countries: ['SN'], ...p });
const check = (p: Partial<Principal>) => () => guardReferralAccess(as(p), state, acknowledge, 'SN');

describe('Who may act on a case’s referrals', () => {
  it('the provider’s own users, on a referral addressed to their organisation', () => {
    expect(check({ role: 'service_provider', organisationId: 'prov-clinic', countries: [] })).not.toThrow();
  });

  it('another provider’s users meet it as an unknown referral (404), as does a provider user with no organisation', () => {
    expect(check({ role: 'service_provider', organisationId: 'prov-other' })).toThrow(expect.objectContaining({ code: 'REFERRAL_NOT_FOUND', status: 404 }));
    expect(check({ role: 'service_provider' })).toThrow(expect.objectContaining({ code: 'REFERRAL_NOT_FOUND' }));
  });

  it('staff of the office the referrals are recorded under; outside their countries, an unknown referral', () => {
    expect(check({ countries: ['SN'] })).not.toThrow();
    expect(check({ countries: ['*'] })).not.toThrow();
    expect(check({ countries: ['MA'] })).toThrow(expect.objectContaining({ code: 'REFERRAL_NOT_FOUND' }));
  });
});
