import { activate, active, afterCommands, approve, approved, awaPlan, command, consent, consented, draft, given, NOW, planDue, referralConsent, stateOf, submit, SUPERVISOR, withdrawal } from './testing/plan-fixtures';

const LATER = { now: '2027-02-10T10:00:00.000Z' };
const revised = (content = awaPlan()) =>
  afterCommands(
    active(),
    command('RevisePlan', { reason: 'New training centre', content }, LATER),
    command('SubmitPlan', { version: 2 }, LATER),
    command('ApprovePlan', { version: 2 }, { ...LATER, userId: 'sup-sn-1', role: 'supervisor' }),
  );

describe("A version becomes active only under the returnee's consent covering all its components", () => {
  it('activates under the plan form and the referral consents, and refers each element an outside provider delivers', () => {
    given(consented()).when(activate()).then([
      {
        type: 'planning.PlanActivated',
        data: { caseId: 'c-1', version: 1, activatedAt: NOW, consent: { consentId: 'k-plan-1', formVersion: 'plan-v2', language: 'fr', decidedOn: '2027-01-05' }, referralConsentIds: ['k-ref-tvet'] },
      },
      {
        type: 'planning.ReferralRequested',
        data: { caseId: 'c-1', planVersion: 1, elementId: 'e-training', elementType: 'vocational_training', provider: { providerId: 'prov-tvet' }, startOn: '2027-02-01', requestedAt: NOW },
      },
      {
        type: 'planning.ReferralRequested',
        data: { caseId: 'c-1', planVersion: 1, elementId: 'e-counselling', elementType: 'psychosocial', provider: { name: 'Centre Jàmm', contact: '+221 33 800 00 00' }, requestedAt: NOW },
      },
    ]);
  });

  it('without consent, activation is refused, naming what is not covered', () => {
    given(approved()).when(activate()).thenThrows('PLAN_CONSENT_MISSING', {
      details: {
        uncovered: [
          { component: 'plan', reason: 'NO_CONSENT' },
          { component: 'referral', elementId: 'e-training', providerId: 'prov-tvet', reason: 'NO_CONSENT' },
        ],
      },
    });
  });

  it('a consent to assistance signed before the version was last changed does not cover it: it is signed again', () => {
    const signedBefore = afterCommands(approved(), consent('k-pre-departure', { decidedOn: '2026-11-03' }), referralConsent('k-ref-tvet', 'prov-tvet'));
    given(signedBefore).when(activate()).thenThrows('PLAN_CONSENT_MISSING', { details: { uncovered: [{ component: 'plan', reason: 'SIGNED_BEFORE_THIS_VERSION' }] } });
  });

  it("a provider of the directory needs the returnee's consent to be referred to it; one named in free text is covered by the plan's form", () => {
    const planFormOnly = afterCommands(approved(), consent('k-plan-1'));
    given(planFormOnly).when(activate()).thenThrows('PLAN_CONSENT_MISSING', {
      details: { uncovered: [{ component: 'referral', elementId: 'e-training', providerId: 'prov-tvet', reason: 'NO_CONSENT' }] },
    });
  });

  it('a withdrawn referral consent covers nothing', () => {
    const withdrawn = afterCommands(consented(), withdrawal('k-ref-tvet', '2027-01-05', 'referral', 'prov-tvet'));
    given(withdrawn).when(activate()).thenThrows('PLAN_CONSENT_MISSING', {
      details: { uncovered: [expect.objectContaining({ component: 'referral', reason: 'CONSENT_WITHDRAWN' })] },
    });
  });

  it('a cancelled element needs no consent and no referral', () => {
    const [grant, training, counselling] = awaPlan().elements;
    const history = afterCommands(
      planDue(),
      draft(awaPlan({ elements: [grant, { ...training, status: 'cancelled' }, counselling] })),
      submit(),
      approve(),
      consent('k-plan-1'),
    );
    given(history).when(activate()).thenMatches([{ type: 'planning.PlanActivated', data: { referralConsentIds: [] } }, { type: 'planning.ReferralRequested', data: { elementId: 'e-counselling' } }]);
  });
});

describe('Consent forms are signed again whenever the plan changes (handbook 2.3.2)', () => {
  const [grant, training, counselling] = awaPlan().elements;
  const newCentre = awaPlan({ elements: [grant, { ...training, provider: { providerId: 'prov-tvet-2' } }, counselling] });

  it('a revised version is refused activation under the form the first was activated under, and a new provider without its own consent', () => {
    given(revised()).when(command('ActivatePlan', { version: 2 }, LATER)).thenThrows('PLAN_CONSENT_MISSING', {
      details: { uncovered: [{ component: 'plan', reason: 'SIGNED_BEFORE_THIS_VERSION' }] },
    });
    given(revised(newCentre)).when(command('ActivatePlan', { version: 2 }, LATER)).thenThrows('PLAN_CONSENT_MISSING', {
      details: { uncovered: [{ component: 'plan', reason: 'SIGNED_BEFORE_THIS_VERSION' }, { component: 'referral', elementId: 'e-training', providerId: 'prov-tvet-2', reason: 'NO_CONSENT' }] },
    });
  });

  it('a revision made the day she signed, after she signed, still needs her signature again', () => {
    const afternoon = { now: '2027-01-05T15:00:00.000Z' };
    const sameDay = afterCommands(
      active(),
      command('RevisePlan', { reason: 'A second training day' }, afternoon),
      command('SubmitPlan', { version: 2 }, afternoon),
      command('ApprovePlan', { version: 2 }, { ...afternoon, ...SUPERVISOR }),
    );
    given(sameDay).when(command('ActivatePlan', { version: 2 }, afternoon)).thenThrows('PLAN_CONSENT_MISSING', {
      details: { uncovered: [{ component: 'plan', reason: 'SIGNED_BEFORE_THIS_VERSION' }] },
    });
    const evening = { now: '2027-01-05T16:00:00.000Z' };
    const signedAgain = afterCommands(sameDay, consent('k-plan-2', { decidedAt: evening.now }));
    given(signedAgain).when(command('ActivatePlan', { version: 2 }, evening)).thenMatches([{ type: 'planning.PlanActivated', data: { version: 2, consent: { consentId: 'k-plan-2' } } }]);
  });

  it("a form dated by an office a day ahead (Rabat at 23:30 UTC), recorded before now, covers the version in Dakar's evening", () => {
    const evening = { now: '2027-01-05T23:30:00.000Z' };
    const rabatForm = afterCommands(approved(), consent('k-rabat', { decidedOn: '2027-01-06', decidedAt: '2027-01-05T23:10:00.000Z' }), referralConsent('k-ref-tvet', 'prov-tvet'));
    given(rabatForm).when(command('ActivatePlan', { version: 1 }, evening)).thenMatches([{ type: 'planning.PlanActivated', data: { consent: { consentId: 'k-rabat' } } }, { type: 'planning.ReferralRequested' }, { type: 'planning.ReferralRequested' }]);
  });

  it('signed again, the revision is activated, supersedes the version before, and refers only what changed', () => {
    const signedAgain = afterCommands(
      revised(newCentre),
      command('NoteConsent', { consentId: 'k-plan-2', purpose: 'assistance', decision: 'given', decidedOn: '2027-02-10', formVersion: 'plan-v2', language: 'wo', dataCategories: ['plan'] }, LATER),
      command('NoteConsent', { consentId: 'k-ref-2', purpose: 'referral', recipient: { recipientId: 'prov-tvet-2', name: 'Centre 2' }, decision: 'given', decidedOn: '2027-02-10', formVersion: 'ref-v1', language: 'wo', dataCategories: ['plan'] }, LATER),
    );
    given(signedAgain).when(command('ActivatePlan', { version: 2 }, LATER)).thenMatches([
      { type: 'planning.PlanActivated', data: { version: 2, supersedesVersion: 1, consent: { consentId: 'k-plan-2', language: 'wo' }, referralConsentIds: ['k-ref-2'] } },
      { type: 'planning.ReferralRequested', data: { elementId: 'e-training', provider: { providerId: 'prov-tvet-2' } } },
    ]);
    const after = afterCommands(signedAgain, command('ActivatePlan', { version: 2 }, LATER));
    expect(stateOf(after)).toMatchObject({ status: 'active', versions: [{ number: 1, status: 'superseded' }, { number: 2, status: 'active' }] });
  });
});
