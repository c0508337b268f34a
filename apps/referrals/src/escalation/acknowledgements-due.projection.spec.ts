import { project } from '@homeward/testing/intake';
import { EMERGENCY_CLINIC, hoursAfter, KNOWN, OPENED_AT, UrgentHistory } from '../testing/urgent-history';
import { acknowledgementsDueProjection as dueList } from './acknowledgements-due.projection';
import { escalateWhenUnacknowledged } from './escalate-when-unacknowledged.deadline';

const referralConsent = (history: UrgentHistory, now: string) =>
  history.run(now, 'NoteConsent', {
    consentId: 'k-ref',
    purpose: 'referral',
    recipient: { recipientId: EMERGENCY_CLINIC.providerId, name: 'Clinique' },
    decision: 'given',
    decidedOn: now.slice(0, 10),
    decidedAt: now,
    formVersion: 'ref-v1',
    language: 'fr',
    dataCategories: ['identity', 'contact', 'health'],
  });

describe('The escalation deadline’s to-do list: urgent referrals awaiting their acknowledgement', () => {
  it('lists a life-threatening referral sent at once, due when its time to acknowledge runs out, set by its sending', () => {
    const history = UrgentHistory.opened('c-1', { hours: 6 });
    const sent = history.events.find((e) => e.type === 'referrals.ReferralSent')!;
    expect([...project(dueList, history.events).values()]).toEqual([
      { dueAt: hoursAfter(6), setBy: { eventId: sent.eventId, correlationId: 'test', type: 'referrals.ReferralSent' }, caseId: 'c-1', referralId: 'urgent-n-c-1' },
    ]);
  });

  it('takes it off once the provider acknowledges, and the deadline then has nothing to fire', () => {
    const history = UrgentHistory.opened('c-2');
    history.acknowledge(hoursAfter(2), 'urgent-n-c-2');
    expect(project(dueList, history.events).size).toBe(0);
  });

  it('takes it off once escalated for the deadline it was listed under, and the deadline’s command names the referral', () => {
    const history = UrgentHistory.opened('c-3');
    const [item] = project(dueList, history.events).values();
    expect(escalateWhenUnacknowledged.commandsFor({ _id: 'c-3:urgent-n-c-3', _position: 3, ...item })).toEqual([{ type: 'EscalateReferral', data: { caseId: 'c-3', referralId: 'urgent-n-c-3' } }]);
    history.escalate(hoursAfter(24), 'urgent-n-c-3');
    expect(project(dueList, history.events).size).toBe(0);
  });

  it('an urgent need without consent and not life-threatening waits unsent, listed from its request; escalated, then sent under a new consent, it is due again from the sending', () => {
    const history = UrgentHistory.opened('c-4', { urgency: 'urgent' });
    expect(history.events.map((e) => e.type)).toEqual(['referrals.ReferralRequested']);
    expect(project(dueList, history.events).get('c-4:urgent-n-c-4')?.dueAt).toBe(hoursAfter(24));

    history.escalate(hoursAfter(24), 'urgent-n-c-4');
    expect(project(dueList, history.events).size).toBe(0);

    referralConsent(history, hoursAfter(30));
    history.run(hoursAfter(30), 'SendReferral', { referralId: 'urgent-n-c-4', provider: EMERGENCY_CLINIC, returnee: KNOWN }, { userId: 'cm-sn-1', role: 'case_manager' });
    expect(project(dueList, history.events).get('c-4:urgent-n-c-4')).toMatchObject({ dueAt: hoursAfter(54), setBy: { type: 'referrals.ReferralSent' } });
  });

  it('takes it off while held, its consent withdrawn: nothing more leaves under it and no escalation is due', () => {
    const history = UrgentHistory.opened('c-5', { urgency: 'urgent' });
    referralConsent(history, hoursAfter(1));
    history.run(hoursAfter(1), 'SendReferral', { referralId: 'urgent-n-c-5', provider: EMERGENCY_CLINIC, returnee: KNOWN }, { userId: 'cm-sn-1', role: 'case_manager' });
    expect(project(dueList, history.events).size).toBe(1);
    history.run(hoursAfter(2), 'NoteConsent', { consentId: 'k-ref', purpose: 'referral', decision: 'withdrawn', withdrawnOn: hoursAfter(2).slice(0, 10) });
    expect(history.events.at(-1)?.type).toBe('referrals.ReferralPutOnHold');
    expect(project(dueList, history.events).size).toBe(0);
  });

  it('never lists a referral with no time to acknowledge', () => {
    const history = new UrgentHistory('c-6');
    history.run(OPENED_AT, 'RequestReferral', { referralId: 'r-1', source: { kind: 'case_manager' }, serviceType: 'emergency_health', provider: EMERGENCY_CLINIC, office: 'SN' }, { userId: 'cm-sn-1', role: 'case_manager' });
    expect(history.events).toHaveLength(1);
    expect(project(dueList, history.events).size).toBe(0);
  });

  it('is read earliest first, through its index on dueAt', () => {
    expect(dueList.indexes).toEqual([{ fields: ['dueAt'] }]);
  });
});
