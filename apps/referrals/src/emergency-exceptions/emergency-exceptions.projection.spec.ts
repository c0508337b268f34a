import { project } from '@homeward/testing/intake';
import { OPENED_AT, UrgentHistory } from '../testing/urgent-history';
import { emergencyExceptionsProjection as exceptions } from './emergency-exceptions.projection';

describe('Emergency exceptions: referrals sent without prior consent under the life-threatening exception', () => {
  it('records the referral, the need, the provider, the reason and what the consent register answered, under the office', () => {
    const history = UrgentHistory.opened('c-1');
    expect([...project(exceptions, history.events).values()]).toEqual([
      {
        caseId: 'c-1',
        referralId: 'urgent-n-c-1',
        needId: 'n-c-1',
        providerId: 'prov-clinic',
        office: 'SN',
        reason: 'life_threatening_need',
        consentAnswer: 'NO_CONSENT',
        appliedAt: OPENED_AT,
        appliedBy: 'open-urgent-referral-when-urgent-need-identified',
      },
    ]);
  });

  it('has nothing for an urgent need that is not life-threatening: it waits for her consent', () => {
    expect(project(exceptions, UrgentHistory.opened('c-2', { urgency: 'urgent' }).events).size).toBe(0);
  });

  it('keeps the entry once the provider acknowledges: the exception was applied all the same', () => {
    const history = UrgentHistory.opened('c-3');
    history.acknowledge(OPENED_AT, 'urgent-n-c-3');
    expect(project(exceptions, history.events).size).toBe(1);
  });
});
