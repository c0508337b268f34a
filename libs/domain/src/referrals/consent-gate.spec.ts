import { MINIMUM_DATA_SETS } from './minimum-data-sets';
import { TVET } from './testing/provider-fixtures';
import { afterCommands, AWA, given, NOW, referralConsent, requested, requestTraining, sendTraining, command, withdrawal } from './testing/referral-fixtures';

const requestedWith = (...consents: ReturnType<typeof referralConsent>[]) => afterCommands([], ...consents, requestTraining());

describe('A referral is sent only if the returnee’s consent lets this provider receive it, for referral, now', () => {
  it('sends exactly the minimum data set of the service type the consent covers, and records which fields and which consent', () => {
    given(requested()).when(sendTraining()).then([
      {
        type: 'referrals.ReferralSent',
        data: {
          caseId: 'c-1',
          referralId: 'r-tvet',
          providerId: 'prov-tvet',
          serviceType: 'vocational_training',
          sharedFields: ['firstName', 'lastName', 'phone', 'language', 'sex', 'ageYears', 'area'],
          consentId: 'k-ref-tvet',
          sentAt: NOW,
          personal: { firstName: 'Awa', lastName: 'Diallo', phone: '+221 77 000 00 00', language: 'fr', sex: 'female', ageYears: 32, area: 'SN-DK' },
        },
      },
    ]);
  });

  it('never more than the minimum data set, whatever the app passes and the consent covers', () => {
    const everything = requestedWith(referralConsent('k-all', 'prov-tvet', { dataCategories: ['identity', 'contact', 'case_summary', 'health', 'plan'] }));
    const [sent] = given(everything).when(sendTraining()).events();
    expect(sent).toMatchObject({ data: { sharedFields: [...MINIMUM_DATA_SETS.vocational_training] } });
    expect(sent.data).not.toHaveProperty('personal.needSummary');
  });

  it('only the fields whose category the consent covers: identity without contact leaves no phone or area', () => {
    const identityOnly = requestedWith(referralConsent('k-id', 'prov-tvet', { dataCategories: ['identity'] }));
    given(identityOnly).when(sendTraining()).thenMatches([{ data: { sharedFields: ['firstName', 'lastName', 'language', 'sex', 'ageYears'], consentId: 'k-id' } }]);
  });

  it('only what the app knows: a field it has no value for is not listed as shared', () => {
    const { phone: _none, ...withoutPhone } = AWA;
    given(requested()).when(sendTraining({ returnee: withoutPhone })).thenMatches([{ data: { sharedFields: ['firstName', 'lastName', 'language', 'sex', 'ageYears', 'area'] } }]);
  });

  it('a need summary sent to a health service is health data: it leaves only under consent to health', () => {
    const clinic = { ...TVET, providerId: 'prov-clinic', services: [{ serviceType: 'medical_health' as const }] };
    const toClinic = (categories: Parameters<typeof referralConsent>[2]) =>
      afterCommands([], referralConsent('k-clinic', 'prov-clinic', categories), requestTraining({ referralId: 'r-med', serviceType: 'medical_health', provider: clinic, source: { kind: 'case_manager' } }));
    const send = command('SendReferral', { referralId: 'r-med', provider: clinic, returnee: AWA });
    const [withoutHealth] = given(toClinic({ dataCategories: ['identity', 'contact', 'case_summary'] })).when(send).events();
    expect(withoutHealth.data).toMatchObject({ sharedFields: ['firstName', 'lastName', 'phone', 'language', 'sex', 'ageYears'], sensitive: true });
    const [withHealth] = given(toClinic({ dataCategories: ['identity', 'contact', 'health'] })).when(send).events();
    expect(withHealth.data).toMatchObject({ sharedFields: ['firstName', 'lastName', 'phone', 'language', 'sex', 'ageYears', 'needSummary'], personal: { needSummary: 'Chronic condition to follow up' } });
  });

  it('without consent naming this provider, nothing is sent: 409 with the register’s answer', () => {
    given(afterCommands([], requestTraining())).when(sendTraining()).thenThrows('REFERRAL_CONSENT_MISSING', { details: { allowed: false, reason: 'NO_CONSENT' } });
    const toAnother = requestedWith(referralConsent('k-other', 'prov-other'));
    given(toAnother).when(sendTraining()).thenThrows('REFERRAL_CONSENT_MISSING', { details: { allowed: false, reason: 'NO_CONSENT' } });
  });

  it('a refused, withdrawn or future-dated consent lets nothing leave', () => {
    given(requestedWith(referralConsent('k-no', 'prov-tvet', { decision: 'refused', dataCategories: [] }))).when(sendTraining()).thenThrows('REFERRAL_CONSENT_MISSING', { details: { reason: 'CONSENT_REFUSED', consentId: 'k-no', allowed: false } });
    given(afterCommands(requested(), withdrawal('k-ref-tvet', 'prov-tvet'))).when(sendTraining()).thenThrows('REFERRAL_CONSENT_MISSING', { details: { reason: 'CONSENT_WITHDRAWN', consentId: 'k-ref-tvet', allowed: false } });
    given(requestedWith(referralConsent('k-later', 'prov-tvet', { decidedOn: '2027-01-10' }))).when(sendTraining()).thenThrows('REFERRAL_CONSENT_MISSING', { details: { reason: 'NOT_YET_VALID', consentId: 'k-later', allowed: false } });
  });

  it('a consent to assistance alone does not cover a referral', () => {
    const assistance = referralConsent('k-assist', 'x', { purpose: 'assistance', dataCategories: ['identity', 'contact'] });
    const { recipient: _r, ...form } = assistance.data;
    given(afterCommands([], { ...assistance, data: form }, requestTraining())).when(sendTraining()).thenThrows('REFERRAL_CONSENT_MISSING');
  });

  it('a consent covering none of what the service needs sends nothing', () => {
    given(requestedWith(referralConsent('k-plan', 'prov-tvet', { dataCategories: ['plan'] }))).when(sendTraining()).thenThrows('NOTHING_TO_SHARE');
  });

  it('a provider suspended since the request receives nothing', () => {
    given(requested()).when(sendTraining({ provider: { ...TVET, status: 'suspended' } })).thenThrows('PROVIDER_SUSPENDED');
  });

  it('the provider looked up is the one the referral names', () => {
    given(requested()).when(sendTraining({ provider: { ...TVET, providerId: 'prov-other' } })).thenThrows('PROVIDER_MISMATCH', { field: 'providerId' });
  });
});
