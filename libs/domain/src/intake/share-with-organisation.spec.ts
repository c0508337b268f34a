import type { CaseEvent } from '@homeward/contracts/intake';
import { afterCommands, command, registered, withAssistanceConsent } from './testing/case-fixtures';

const sharedDetails = (events: CaseEvent[]) => events.filter((e) => e.type === 'intake.ReturneeDetailsShared');
const newPhone = command('ChangeContactDetails', { phone: '+221 77 000 00 01', address: 'Thiès' });
const refuseAssistance = command('RefuseConsent', { consentId: 'k-no', purpose: 'assistance', decidedOn: '2026-11-23', formVersion: 'v3', language: 'fr' });

describe("The organisation's services are told who the returnee is only under her consent to assistance", () => {
  it('tells them nothing at registration, before any consent, nor after a change of her details', () => {
    const history = afterCommands(
      registered({ phone: '+221 77 000 00 00', familyMembers: [{ memberId: 'm-1', relationship: 'child', firstName: 'Moussa', lastName: 'Diallo', dateOfBirth: '2019-06-01', sex: 'male' }] }),
      newPhone,
    );
    expect(sharedDetails(history)).toEqual([]);
  });

  it('tells them her identity, contact, languages and family as they now are when she consents, naming that consent', () => {
    const history = afterCommands(
      registered({ gender: 'woman', email: 'awa@example.org' }),
      newPhone,
      command('AddFamilyMember', { member: { memberId: 'm-1', relationship: 'child', firstName: 'Moussa', lastName: 'Diallo', dateOfBirth: '2019-06-01', sex: 'male' } }),
      command('CorrectIdentity', { firstName: 'Aoua', reason: 'As on the passport', derivedIds: { screeningId: 's-x', needId: 'n-x' } }),
    );
    expect(sharedDetails(history)).toEqual([]);
    const consented = withAssistanceConsent(history);
    expect(consented.slice(history.length).map((e) => e.type)).toEqual(['intake.ConsentGiven', 'intake.ReturneeDetailsShared']);
    expect(sharedDetails(consented)).toEqual([
      {
        type: 'intake.ReturneeDetailsShared',
        data: {
          caseId: 'c-1',
          returneeId: 'r-1',
          consentId: 'k-assist',
          sharedAt: '2026-11-23T09:00:00.000Z',
          personal: {
            firstName: 'Aoua',
            lastName: 'Diallo',
            dateOfBirth: '1994-03-02',
            gender: 'woman',
            languages: ['fr', 'wo'],
            phone: '+221 77 000 00 01',
            address: 'Thiès',
            familyMembers: [{ memberId: 'm-1', relationship: 'child', firstName: 'Moussa', lastName: 'Diallo', dateOfBirth: '2019-06-01', sex: 'male' }],
          },
        },
      },
    ]);
  });

  it('never tells them what was said: reasons and witnesses stay in intake', () => {
    const moussa = { memberId: 'm-1', relationship: 'child', firstName: 'Moussa', lastName: 'Diallo', dateOfBirth: '2019-06-01', sex: 'male' } as const;
    const history = afterCommands(
      registered({ familyMembers: [moussa] }),
      command('GiveConsent', { consentId: 'k-assist', purpose: 'assistance', dataCategories: ['case_summary'], decidedOn: '2026-11-23', formVersion: 'v3', language: 'fr', witness: { role: 'interpreter', name: 'Fatou Sow' } }),
      command('CorrectIdentity', { lastName: 'Diallo-Sow', reason: 'Married name, told in confidence', derivedIds: { screeningId: 's-x', needId: 'n-x' } }),
      command('RemoveFamilyMember', { memberId: 'm-1', reason: 'Stays with his father, in confidence', derivedIds: { screeningId: 's-y', needId: 'n-y' } }),
    );
    const shared = sharedDetails(history);
    expect(shared).toHaveLength(3);
    expect(shared[2].data.personal).toMatchObject({ lastName: 'Diallo-Sow', familyMembers: [] });
    expect(JSON.stringify(shared)).not.toMatch(/confidence|Fatou/);
  });

  it('tells them again after each change of those details while the consent stands', () => {
    const history = afterCommands(withAssistanceConsent(), newPhone);
    const [, latest] = sharedDetails(history);
    expect(history.slice(-2).map((e) => e.type)).toEqual(['intake.ContactDetailsChanged', 'intake.ReturneeDetailsShared']);
    expect(latest.data.personal).toMatchObject({ firstName: 'Awa', phone: '+221 77 000 00 01', address: 'Thiès' });
  });

  it('tells them nothing new once she refuses or withdraws assistance, and again under a new consent', () => {
    const refused = afterCommands(withAssistanceConsent(), refuseAssistance, newPhone);
    expect(sharedDetails(refused)).toHaveLength(1);
    const withdrawn = afterCommands(withAssistanceConsent(), command('WithdrawConsent', { consentId: 'k-assist', withdrawnOn: '2026-11-23' }), newPhone);
    expect(sharedDetails(withdrawn)).toHaveLength(1);
    expect(sharedDetails(withAssistanceConsent(withdrawn, 'k-again')).map((e) => e.data.consentId)).toEqual(['k-assist', 'k-again']);
  });

  it('is not moved by consents to other purposes', () => {
    const toMonitoringUse = command('GiveConsent', { consentId: 'k-me', purpose: 'me_use', dataCategories: ['case_summary'], decidedOn: '2026-11-23', formVersion: 'v3', language: 'fr' });
    expect(sharedDetails(afterCommands(registered(), toMonitoringUse, newPhone))).toEqual([]);
  });
});
