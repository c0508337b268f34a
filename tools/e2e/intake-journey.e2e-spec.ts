import { InProcessBroker } from '@homeward/events';
import type { RunningService } from '@homeward/platform';
import { intakeService } from '../../apps/intake/src/intake.module';
import { startTestService } from '../testing/test-services';
import { runIntakeJourney } from './intake-journey.scenario';

describe('Embedded mode: the intake journey of the README', () => {
  let intake: RunningService;
  let journey: Awaited<ReturnType<typeof runIntakeJourney>>;

  beforeAll(async () => {
    intake = await startTestService('intake', intakeService, { mode: 'embedded', sharedBroker: new InProcessBroker() });
    journey = await runIntakeJourney(intake);
  }, 60000);
  afterAll(() => intake?.close());

  it('refuses assessment before consent to assistance', () => {
    expect(journey.refusedBeforeConsent.status).toBe(409);
    expect(journey.refusedBeforeConsent.body.code).toBe('CONSENT_REQUIRED');
  });

  it('escalates the life-threatening finding at once and lists it among urgent cases', () => {
    expect(journey.urgent.events).toEqual(['intake.VulnerabilityScreened', 'intake.UrgentNeedIdentified']);
    expect(journey.urgentList.find((n) => n.needId === journey.urgent.needId)).toMatchObject({ caseId: journey.caseId, serviceNeeded: 'medical' });
  });

  it('shares under consent, recording the consent relied on, and refuses once it is withdrawn', async () => {
    expect(journey.allowedBefore).toMatchObject({ allowed: true });
    expect(journey.sharedBefore.status).toBe(201);
    expect(journey.sharedBefore.body.data.identity).toMatchObject({ firstName: journey.returnee.firstName, lastName: 'Diallo' });
    expect(journey.sharedBefore.body.data).not.toHaveProperty('health');
    expect(journey.refusedAfter).toMatchObject({ allowed: false, reason: 'CONSENT_WITHDRAWN' });
    expect(journey.sharedAfter.status).toBe(403);
    expect(journey.sharedAfter.body.code).toBe('SHARING_NOT_CONSENTED');
    const history = await intake.infra.store.readStream(`case-${journey.caseId}`);
    const disclosures = history.filter((e) => e.type === 'intake.PersonalDataShared');
    expect(disclosures).toHaveLength(1);
    expect(disclosures[0].data.consentIds).toHaveLength(1);
  });

  it('shows the case manager the whole file, sensitive parts included', async () => {
    const file = (await journey.get(`/cases/${journey.caseId}`)).body;
    expect(JSON.stringify(file)).toContain('No insulin left');
    expect(JSON.stringify(file)).toContain('Trained tailor');
  });
});
