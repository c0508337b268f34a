import type { GiveConsent } from './case.commands';
import { afterCommands, command, given, registered, when, withAssistanceConsent } from './testing/case-fixtures';

const provider = { recipientId: 'prov-42', name: 'Clinique Espoir' };
const giveSharing = (over: Partial<GiveConsent['data']> = {}) =>
  command<GiveConsent>('GiveConsent', {
    consentId: 'k-share',
    purpose: 'data_sharing',
    recipient: provider,
    dataCategories: ['identity', 'health'],
    decidedOn: '2026-11-23',
    formVersion: 'v3',
    language: 'wo',
    witness: { role: 'interpreter', name: 'Fatou Sow' },
    ...over,
  });
const share = (dataCategories: GiveConsent['data']['dataCategories'] = ['identity'], now?: string) =>
  command('ShareCaseData', { recipientId: 'prov-42', purpose: 'data_sharing', dataCategories }, now);
const withdraw = (consentId = 'k-share', withdrawnOn = '2026-11-23') => command('WithdrawConsent', { consentId, withdrawnOn, reason: 'Changed her mind' });

describe('Consent, per purpose and recipient', () => {
  it('records a given consent with its date, form version, language and witness role; the witness name is personal', () => {
    const [event] = when(registered(), giveSharing());
    expect(event).toEqual({
      type: 'intake.ConsentGiven',
      data: {
        caseId: 'c-1',
        returneeId: 'r-1',
        consentId: 'k-share',
        purpose: 'data_sharing',
        recipient: provider,
        decidedOn: '2026-11-23',
        formVersion: 'v3',
        language: 'wo',
        witnessRole: 'interpreter',
        personal: { witnessName: 'Fatou Sow' },
        recordedAt: '2026-11-23T09:00:00.000Z',
        dataCategories: ['identity', 'health'],
      },
    });
  });

  it('data sharing needs a named recipient', () => {
    expect(() => when(registered(), giveSharing({ recipient: undefined }))).toThrow(expect.objectContaining({ code: 'RECIPIENT_REQUIRED', field: 'recipient' }));
  });

  it('a form dated in the future or before registration is refused', () => {
    expect(() => when(registered(), giveSharing({ decidedOn: '2026-11-24' }))).toThrow(expect.objectContaining({ code: 'FACT_IN_FUTURE', field: 'decidedOn' }));
    expect(() => when(registered(), giveSharing({ decidedOn: '2026-10-01' }))).toThrow(expect.objectContaining({ code: 'BEFORE_REGISTRATION' }));
  });

  it('a consent id is recorded once: a new decision is a new form', () => {
    expect(() => when(afterCommands(registered(), giveSharing()), giveSharing())).toThrow(expect.objectContaining({ code: 'CONSENT_ALREADY_RECORDED' }));
  });

  it('refusing assistance puts the case in a refused state; a later consent to assistance reopens it', () => {
    const refused = afterCommands(registered(), command('RefuseConsent', { consentId: 'k-1', purpose: 'assistance', decidedOn: '2026-11-23', formVersion: 'v3', language: 'fr' }));
    expect(given(refused).status).toBe('assistance_refused');
    expect(given(withAssistanceConsent(refused, 'k-2')).status).toBe('open');
  });

  it('withdrawing consent to assistance puts the case in a refused state', () => {
    const withdrawn = afterCommands(withAssistanceConsent(), withdraw('k-assist'));
    expect(given(withdrawn).status).toBe('assistance_refused');
  });
});

describe('Withdrawn or refused consent can never authorise anything afterwards', () => {
  it('withdrawal ends the consent for good: it cannot be withdrawn again or revived', () => {
    const withdrawn = afterCommands(registered(), giveSharing(), withdraw());
    expect(() => when(withdrawn, withdraw())).toThrow(expect.objectContaining({ code: 'CONSENT_NOT_ACTIVE' }));
    expect(() => when(withdrawn, giveSharing())).toThrow(expect.objectContaining({ code: 'CONSENT_ALREADY_RECORDED' }));
  });

  it('a refused consent cannot be withdrawn into anything', () => {
    const refused = afterCommands(registered(), command('RefuseConsent', { consentId: 'k-r', purpose: 'referral', decidedOn: '2026-11-23', formVersion: 'v3', language: 'fr' }));
    expect(() => when(refused, withdraw('k-r'))).toThrow(expect.objectContaining({ code: 'CONSENT_NOT_ACTIVE' }));
  });

  it('withdrawal cannot be dated before the consent nor in the future', () => {
    const given_ = afterCommands(registered(), giveSharing());
    expect(() => when(given_, withdraw('k-share', '2026-11-22'))).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE', field: 'withdrawnOn' }));
    expect(() => when(given_, withdraw('k-share', '2026-11-30'))).toThrow(expect.objectContaining({ code: 'FACT_IN_FUTURE', field: 'withdrawnOn' }));
  });
});

describe('Personal data leaves intake only under consent, and each disclosure records the consent it relied on', () => {
  it('given consent to share identity with the provider, sharing identity is recorded with that consent', () => {
    const [event] = when(afterCommands(registered(), giveSharing()), share(['identity', 'health']));
    expect(event).toEqual({
      type: 'intake.PersonalDataShared',
      data: { caseId: 'c-1', recipientId: 'prov-42', purpose: 'data_sharing', dataCategories: ['identity', 'health'], consentIds: ['k-share'], sharedAt: '2026-11-23T09:00:00.000Z' },
    });
  });

  it('a category the form does not cover is refused', () => {
    expect(() => when(afterCommands(registered(), giveSharing()), share(['contact']))).toThrow(
      expect.objectContaining({ code: 'SHARING_NOT_CONSENTED', details: { reason: 'CATEGORY_NOT_COVERED', category: 'contact' } }),
    );
  });

  it('after withdrawal, sharing is refused', () => {
    expect(() => when(afterCommands(registered(), giveSharing(), withdraw()), share())).toThrow(
      expect.objectContaining({ code: 'SHARING_NOT_CONSENTED', details: expect.objectContaining({ reason: 'CONSENT_WITHDRAWN' }) }),
    );
  });

  it('without any consent, sharing is refused', () => {
    expect(() => when(registered(), share())).toThrow(expect.objectContaining({ code: 'SHARING_NOT_CONSENTED', details: expect.objectContaining({ reason: 'NO_CONSENT' }) }));
  });

  it('a consent for one provider does not let another receive anything', () => {
    const other = command('ShareCaseData', { recipientId: 'prov-99', purpose: 'data_sharing', dataCategories: ['identity'] });
    expect(() => when(afterCommands(registered(), giveSharing()), other)).toThrow(expect.objectContaining({ code: 'SHARING_NOT_CONSENTED' }));
  });

  it('only the case’s own case manager or a supervisor discloses: another case manager of the office is refused', () => {
    const history = afterCommands(registered(), giveSharing());
    const byColleague = command('ShareCaseData', { recipientId: 'prov-42', purpose: 'data_sharing', dataCategories: ['identity'] }, undefined, 'cm-8');
    expect(() => when(history, byColleague)).toThrow(expect.objectContaining({ code: 'NOT_OWN_CASE' }));
    const bySupervisor = { ...byColleague, metadata: { ...byColleague.metadata, role: 'supervisor' } };
    expect(when(history, bySupervisor).map((e) => e.type)).toEqual(['intake.PersonalDataShared']);
  });

  it('a general consent to be referred does not let data go to a provider it does not name', () => {
    const general = command<GiveConsent>('GiveConsent', { consentId: 'k-ref', purpose: 'referral', dataCategories: ['identity'], decidedOn: '2026-11-23', formVersion: 'v3', language: 'fr' });
    const toProvider = command('ShareCaseData', { recipientId: 'prov-42', purpose: 'referral', dataCategories: ['identity'] });
    expect(() => when(afterCommands(registered(), general), toProvider)).toThrow(
      expect.objectContaining({ code: 'SHARING_NOT_CONSENTED', details: expect.objectContaining({ reason: 'NO_CONSENT' }) }),
    );
  });
});

describe('Consent to assistance is the programme’s own', () => {
  it('names no recipient', () => {
    const withRecipient = command<GiveConsent>('GiveConsent', {
      consentId: 'k-a',
      purpose: 'assistance',
      recipient: provider,
      dataCategories: ['case_summary'],
      decidedOn: '2026-11-23',
      formVersion: 'v3',
      language: 'fr',
    });
    expect(() => when(registered(), withRecipient)).toThrow(expect.objectContaining({ code: 'RECIPIENT_NOT_ALLOWED', field: 'recipient' }));
  });
});
