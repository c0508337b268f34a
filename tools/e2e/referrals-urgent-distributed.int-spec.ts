import { randomBytes } from 'node:crypto';
import { ManualClock } from '@homeward/events';
import { requireEnv } from '@homeward/events/testing';
import type { Principal, RunningService } from '@homeward/platform';
import { intakeService } from '../../apps/intake/src/intake.module';
import { referralsService } from '../../apps/referrals/src/referrals.module';
import { eventually, startTestService } from '../testing/test-services';
import { IntakeClient } from './intake-writes.scenario';
import { anotherReturnee } from './registration-slice.scenario';
import { getAs, postAs, referralsOf, registerEmergencyProvider, untilReferralEvent } from './referrals-urgent.scenario';

const SUPERVISOR_SN: Partial<Principal> = { userId: 'sup-sn-1', role: 'supervisor', countries: ['SN'] };
const CASE_MANAGER_SN: Partial<Principal> = { userId: 'cm-awa', role: 'case_manager', countries: ['SN'] };

/**
 * Urgent referrals in distributed mode: intake and referrals as two services, each its event store on
 * real PostgreSQL, each learning of the other through real Kafka (their own topics under the run's
 * prefix), read models on PostgreSQL. Intake's urgent need reaches referrals through intake's topic;
 * the provider's acknowledgement reaches intake through referrals'.
 */
describe('Distributed mode: an urgent need in intake becomes an urgent referral through Kafka, and its acknowledgement comes back the same way', () => {
  requireEnv('HOMEWARD_PG_URL');
  requireEnv('HOMEWARD_KAFKA_BROKERS');
  const namespace = `ur${randomBytes(4).toString('hex')}`;
  const clock = new ManualClock(new Date());
  let intake: RunningService;
  let referrals: RunningService;
  let cases: IntakeClient;
  let providerId: string;

  beforeAll(async () => {
    const distributed = { mode: 'distributed', namespace, readModels: 'postgres' } as const;
    [intake, referrals] = await Promise.all([startTestService('intake', intakeService, distributed), startTestService('referrals', referralsService, { ...distributed, clock })]);
    cases = new IntakeClient(intake);
    providerId = await registerEmergencyProvider(referrals);
    await eventually(async () => referrals.infra.reactions.running, (running) => running, 20000);
  }, 90000);
  afterAll(async () => {
    await referrals?.close();
    await intake?.close();
  });

  it('refers a life-threatening need recorded in intake to the emergency provider, caused by intake’s event, carried by Kafka', async () => {
    const caseId = await cases.openCase({}, { ...anotherReturnee(), office: 'SN' });
    const before = Date.now();
    const { needId } = await cases.expect201(`/cases/${caseId}/vulnerability-screenings`, { area: 'physical_health', urgency: 'life_threatening' });
    const events = await untilReferralEvent(referrals, caseId, 'referrals.ReferralSent', 30000);
    // Loosely: the bench measures the p99 against kafkajs' own round trip.
    expect(Date.now() - before).toBeLessThan(15000);
    const identified = (await cases.history(caseId)).find((e) => e.type === 'intake.UrgentNeedIdentified')!;
    expect(events.map((e) => [e.type, e.causationId])).toEqual([
      ['referrals.ReferralRequested', identified.eventId],
      ['referrals.EmergencyExceptionApplied', identified.eventId],
      ['referrals.ReferralSent', identified.eventId],
    ]);
    expect(events[0].data).toMatchObject({ referralId: `urgent-${needId}`, providerId, office: 'SN', acknowledgeWithinHours: 24 });

    // The provider acknowledges; intake learns it from referrals' topic and marks the need addressed.
    const ack = await postAs(referrals, `/referrals/${caseId}/urgent-${needId}/acknowledgement`, { role: 'service_provider', userId: 'pu-dantec', organisationId: providerId });
    expect(ack.status).toBe(201);
    const history = await eventually(() => cases.history(caseId), (h) => h.some((e) => e.type === 'intake.UrgentNeedAddressed'), 30000);
    const acknowledged = (await referralsOf(referrals, caseId)).find((e) => e.type === 'referrals.ReferralAcknowledged')!;
    expect(history.find((e) => e.type === 'intake.UrgentNeedAddressed')).toMatchObject({ causationId: acknowledged.eventId, data: { needId } });
    expect((await cases.get('/urgent-cases', CASE_MANAGER_SN)).body.some((i: { needId: string }) => i.needId === needId)).toBe(false);
  }, 60000);

  it('escalates an urgent referral left unacknowledged past its 24 hours, on the instance running the deadlines', async () => {
    const caseId = await cases.openCase({}, { ...anotherReturnee(), office: 'SN' });
    const { needId } = await cases.expect201(`/cases/${caseId}/vulnerability-screenings`, { area: 'physical_health', urgency: 'life_threatening' });
    const [requested] = await untilReferralEvent(referrals, caseId, 'referrals.ReferralSent', 30000);
    clock.set(new Date(Date.parse(String(requested.data.acknowledgeBy)) + 1000));
    await eventually(
      async () => (await referrals.infra.reactions.fireDue(), referralsOf(referrals, caseId)),
      (events) => events.some((e) => e.type === 'referrals.ReferralEscalated'),
      20000,
    );
    const listed = await eventually(() => getAs(referrals, '/referrals/escalations?country=SN', SUPERVISOR_SN), (res) => res.body.items?.some((i: { caseId: string }) => i.caseId === caseId), 10000);
    expect(listed.body.items.find((i: { caseId: string }) => i.caseId === caseId)).toMatchObject({ referralId: `urgent-${needId}`, office: 'SN', status: 'open' });
  }, 60000);
});
