import { urgentReferralConfigFromEnv } from './urgent-referral.config';

describe('HOMEWARD_URGENT_ACK_HOURS: how long an emergency provider has to acknowledge', () => {
  it('is 24 hours unless the programme sets it', () => {
    expect(urgentReferralConfigFromEnv({})).toEqual({ acknowledgeWithinHours: 24 });
    expect(urgentReferralConfigFromEnv({ HOMEWARD_URGENT_ACK_HOURS: ' ' })).toEqual({ acknowledgeWithinHours: 24 });
  });

  it('takes a whole number of hours from 1 to a week', () => {
    expect(urgentReferralConfigFromEnv({ HOMEWARD_URGENT_ACK_HOURS: '6' })).toEqual({ acknowledgeWithinHours: 6 });
    expect(urgentReferralConfigFromEnv({ HOMEWARD_URGENT_ACK_HOURS: '168' })).toEqual({ acknowledgeWithinHours: 168 });
  });

  it.each(['0', '169', '1.5', '-2', '12h', 'soon'])('refuses %s at start, naming the variable', (value) => {
    expect(() => urgentReferralConfigFromEnv({ HOMEWARD_URGENT_ACK_HOURS: value })).toThrow(/HOMEWARD_URGENT_ACK_HOURS must be a whole number of hours from 1 to 168/);
  });
});
