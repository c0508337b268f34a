import { project } from '@homeward/testing/intake';
import { hoursAfter, UrgentHistory } from '../testing/urgent-history';
import { escalationsProjection as escalations } from './escalations.projection';

describe('Escalations: the urgent referrals an office’s supervisors were told of', () => {
  it('lists an escalation with the office told, the stage and the deadline missed, open', () => {
    const history = UrgentHistory.opened('c-1');
    history.escalate(hoursAfter(24, history.events[0].occurredAt), 'urgent-n-c-1', 'SN');
    expect([...project(escalations, history.events).values()]).toEqual([
      {
        caseId: 'c-1',
        referralId: 'urgent-n-c-1',
        providerId: 'prov-clinic',
        office: 'SN',
        stage: 'not_acknowledged',
        acknowledgeBy: hoursAfter(24),
        escalatedAt: hoursAfter(24),
        status: 'open',
      },
    ]);
  });

  it('names the office holding the case when it was escalated, not the one that first referred it', () => {
    const history = UrgentHistory.opened('c-2', { office: 'MA' });
    history.escalate(hoursAfter(24), 'urgent-n-c-2', 'SN');
    expect(project(escalations, history.events).get('c-2:urgent-n-c-2')?.office).toBe('SN');
  });

  it('is resolved when the provider acknowledges late, saying when', () => {
    const history = UrgentHistory.opened('c-3');
    history.escalate(hoursAfter(24), 'urgent-n-c-3');
    history.acknowledge(hoursAfter(26), 'urgent-n-c-3');
    expect(project(escalations, history.events).get('c-3:urgent-n-c-3')).toMatchObject({ status: 'resolved', resolvedAt: hoursAfter(26) });
  });

  it('lists nothing for a referral acknowledged in time', () => {
    const history = UrgentHistory.opened('c-4');
    history.acknowledge(hoursAfter(1), 'urgent-n-c-4');
    expect(project(escalations, history.events).size).toBe(0);
  });

  it('serves an office’s open ones and every office’s, the longest overdue first, through its indexes', () => {
    expect(escalations.indexes).toEqual([{ fields: ['status', 'office', 'acknowledgeBy'] }, { fields: ['status', 'acknowledgeBy'] }]);
  });
});
