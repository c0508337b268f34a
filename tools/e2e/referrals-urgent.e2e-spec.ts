import { InProcessBroker, ManualClock, pgliteExecutor, type SqlExecutor } from '@homeward/events';
import type { Principal, RunningService } from '@homeward/platform';
import { intakeService } from '../../apps/intake/src/intake.module';
import { referralsService } from '../../apps/referrals/src/referrals.module';
import { eventually, startTestService } from '../testing/test-services';
import { IntakeClient } from './intake-writes.scenario';
import { anotherReturnee } from './registration-slice.scenario';
import { getAs, postAs, referralsOf, registerEmergencyProvider, untilReferralEvent } from './referrals-urgent.scenario';

const ACK_HOURS = 6;
const hoursAfter = (from: Date, hours: number) => new Date(from.getTime() + hours * 3_600_000);
const SUPERVISOR_SN: Partial<Principal> = { userId: 'sup-sn-1', role: 'supervisor', countries: ['SN'] };
const AUDITOR: Partial<Principal> = { userId: 'aud-1', role: 'auditor', countries: ['SN', 'MA'] };
const CASE_MANAGER_SN: Partial<Principal> = { userId: 'cm-awa', role: 'case_manager', countries: ['SN'] };

/**
 * Embedded mode as `npm start` runs it: intake and referrals on one in-process broker and one
 * database (so one key store), referrals on a clock the test moves, its programme giving emergency
 * providers 6 hours to acknowledge (HOMEWARD_URGENT_ACK_HOURS).
 */
describe('Embedded: an urgent need in intake is referred at once, escalated when not acknowledged in time, addressed when acknowledged', () => {
  let sql: SqlExecutor;
  let broker: InProcessBroker;
  let intake: RunningService;
  let referrals: RunningService;
  let cases: IntakeClient;
  let providerId: string;
  const clock = new ManualClock(new Date());
  const started = clock.now();

  /** A case first met on arrival in Senegal (so held by the Dakar office), with a life-threatening finding; its need's id. */
  async function lifeThreateningNeed(): Promise<{ caseId: string; needId: string }> {
    const caseId = await cases.openCase({}, { ...anotherReturnee(), office: 'SN' });
    const { needId } = await cases.expect201(`/cases/${caseId}/vulnerability-screenings`, { area: 'physical_health', urgency: 'life_threatening' });
    return { caseId, needId };
  }

  beforeAll(async () => {
    sql = await pgliteExecutor();
    broker = new InProcessBroker();
    const embedded = { mode: 'embedded', sharedBroker: broker, sharedSql: sql } as const;
    process.env.HOMEWARD_URGENT_ACK_HOURS = String(ACK_HOURS);
    try {
      [intake, referrals] = await Promise.all([startTestService('intake', intakeService, embedded), startTestService('referrals', referralsService, { ...embedded, clock })]);
    } finally {
      delete process.env.HOMEWARD_URGENT_ACK_HOURS;
    }
    cases = new IntakeClient(intake);
    providerId = await registerEmergencyProvider(referrals);
  }, 120000);
  afterAll(async () => {
    await referrals?.close();
    await intake?.close();
    await broker?.close();
    await sql?.close();
  });

  let first: { caseId: string; needId: string };

  it('a life-threatening vulnerability recorded in intake becomes an urgent referral sent to the emergency provider at once, under the emergency exception', async () => {
    const before = Date.now();
    first = await lifeThreateningNeed();
    const events = await untilReferralEvent(referrals, first.caseId, 'referrals.ReferralSent');
    // Loosely: the bench measures the p99; here it is the same second, not minutes of polling.
    expect(Date.now() - before).toBeLessThan(5000);
    expect(events.map((e) => e.type)).toEqual(['referrals.ReferralRequested', 'referrals.EmergencyExceptionApplied', 'referrals.ReferralSent']);
    const [requested, , sent] = events;
    expect(requested.data).toMatchObject({
      referralId: `urgent-${first.needId}`,
      providerId,
      serviceType: 'emergency_health',
      office: 'SN',
      urgency: 'life_threatening',
      source: { kind: 'urgent_need', needId: first.needId, serviceNeeded: 'medical' },
      acknowledgeWithinHours: ACK_HOURS,
      acknowledgeBy: hoursAfter(started, ACK_HOURS).toISOString(),
    });
    expect(requested.actor).toEqual({ userId: 'open-urgent-referral-when-urgent-need-identified', role: 'system' });
    // She gave no consent yet: what leaves is what the need itself says, nothing of her identity.
    expect(sent.data).toMatchObject({ underEmergencyException: true, sharedFields: ['needSummary'], personal: { needSummary: 'medical, life_threatening' } });
  });

  it('lists the emergency exception, with its reason, for auditors, and for no one else', async () => {
    const listed = await eventually(
      () => getAs(referrals, '/referrals/emergency-exceptions?country=SN', AUDITOR),
      (res) => res.body.items?.some((i: { caseId: string }) => i.caseId === first.caseId),
      10000,
    );
    expect(listed.status).toBe(200);
    expect(listed.body.items.find((i: { caseId: string }) => i.caseId === first.caseId)).toEqual({
      caseId: first.caseId,
      referralId: `urgent-${first.needId}`,
      needId: first.needId,
      providerId,
      office: 'SN',
      reason: 'life_threatening_need',
      consentAnswer: 'NO_CONSENT',
      appliedAt: started.toISOString(),
      appliedBy: 'open-urgent-referral-when-urgent-need-identified',
    });
    expect((await getAs(referrals, '/referrals/emergency-exceptions', SUPERVISOR_SN)).status).toBe(403);
    expect((await getAs(referrals, '/referrals/emergency-exceptions', { role: 'service_provider', userId: 'pu-1', organisationId: providerId })).status).toBe(403);
  });

  let second: { caseId: string; needId: string };

  it("acknowledged by the provider's own user, intake marks the urgent need addressed from referrals' event: the urgent-cases list no longer shows it", async () => {
    second = await lifeThreateningNeed();
    await untilReferralEvent(referrals, second.caseId, 'referrals.ReferralSent');
    const listsSecond = async () => (await cases.get('/urgent-cases', CASE_MANAGER_SN)).body.some((i: { needId: string }) => i.needId === second.needId);
    expect(await listsSecond()).toBe(true);

    const path = `/referrals/${second.caseId}/urgent-${second.needId}/acknowledgement`;
    const otherProvider = await postAs(referrals, path, { role: 'service_provider', userId: 'pu-other', organisationId: '0190a1b2-0000-7000-8000-000000000000' });
    expect([otherProvider.status, otherProvider.body.code]).toEqual([404, 'REFERRAL_NOT_FOUND']);
    expect((await postAs(referrals, path, { role: 'auditor', userId: 'aud-1' })).status).toBe(403);

    const acknowledged = await postAs(referrals, path, { role: 'service_provider', userId: 'pu-dantec', organisationId: providerId, countries: [] });
    expect(acknowledged.status).toBe(201);
    expect(acknowledged.body.events).toEqual(['referrals.ReferralAcknowledged']);
    // Said again, nothing more.
    expect((await postAs(referrals, path, { role: 'service_provider', userId: 'pu-dantec', organisationId: providerId })).body.events).toEqual([]);

    expect(await eventually(listsSecond, (listed) => !listed, 10000)).toBe(false);
    const addressed = (await cases.history(second.caseId)).find((e) => e.type === 'intake.UrgentNeedAddressed');
    expect(addressed).toMatchObject({ data: { needId: second.needId }, actor: { userId: 'mark-urgent-need-addressed-when-referral-acknowledged', role: 'system' } });
    // The first need, not acknowledged, is still urgent.
    expect((await cases.get('/urgent-cases', CASE_MANAGER_SN)).body.some((i: { needId: string }) => i.needId === first.needId)).toBe(true);
  });

  it('the acknowledgement time passing on the clock escalates the unacknowledged referral to the office holding the case, once; the acknowledged one never', async () => {
    clock.set(new Date(hoursAfter(started, ACK_HOURS).getTime() - 1));
    await referrals.infra.reactions.fireDue();
    expect((await referralsOf(referrals, first.caseId)).filter((e) => e.type === 'referrals.ReferralEscalated')).toEqual([]);

    clock.set(hoursAfter(started, ACK_HOURS + 1));
    expect(await referrals.infra.reactions.fireDue()).toBeGreaterThanOrEqual(1);
    const escalated = (await referralsOf(referrals, first.caseId)).filter((e) => e.type === 'referrals.ReferralEscalated');
    expect(escalated.map((e) => e.data)).toEqual([
      {
        caseId: first.caseId,
        referralId: `urgent-${first.needId}`,
        providerId,
        office: 'SN',
        stage: 'not_acknowledged',
        acknowledgeBy: hoursAfter(started, ACK_HOURS).toISOString(),
        escalatedAt: hoursAfter(started, ACK_HOURS + 1).toISOString(),
      },
    ]);
    expect(escalated[0].actor).toEqual({ userId: 'escalate-urgent-referral-when-unacknowledged', role: 'system' });

    const listed = await eventually(() => getAs(referrals, '/referrals/escalations?country=SN', SUPERVISOR_SN), (res) => res.body.items?.length > 0, 10000);
    expect(listed.body.items).toEqual([expect.objectContaining({ caseId: first.caseId, office: 'SN', stage: 'not_acknowledged', status: 'open' })]);
    expect(listed.body.total).toBe(1);
    expect((await getAs(referrals, '/referrals/escalations', CASE_MANAGER_SN)).status).toBe(403);
    expect((await getAs(referrals, '/referrals/escalations?country=MA', SUPERVISOR_SN)).status).toBe(403);

    // A repeat of the pass (its list caught up or not) escalates nothing twice.
    await referrals.infra.reactions.fireDue();
    clock.set(hoursAfter(started, 48));
    await referrals.infra.reactions.fireDue();
    for (const { caseId } of [first, second]) {
      expect((await referralsOf(referrals, caseId)).filter((e) => e.type === 'referrals.ReferralEscalated')).toHaveLength(caseId === first.caseId ? 1 : 0);
    }
  });

  it('acknowledged late, the escalation is resolved and leaves the open list', async () => {
    const ack = await postAs(referrals, `/referrals/${first.caseId}/urgent-${first.needId}/acknowledgement`, CASE_MANAGER_SN);
    expect(ack.status).toBe(201);
    const open = await eventually(() => getAs(referrals, '/referrals/escalations?country=SN', SUPERVISOR_SN), (res) => res.body.total === 0, 10000);
    expect(open.body.items).toEqual([]);
    const resolved = await getAs(referrals, '/referrals/escalations?status=resolved', AUDITOR);
    expect(resolved.body.items).toEqual([expect.objectContaining({ caseId: first.caseId, status: 'resolved', resolvedAt: hoursAfter(started, 48).toISOString() })]);
  });

  it('refuses an acknowledgement path whose ids are not ids, naming the field', async () => {
    const res = await postAs(referrals, `/referrals/${first.caseId}/not-a-referral/acknowledgement`, CASE_MANAGER_SN);
    expect([res.status, res.body.errors?.[0]?.field]).toEqual([400, 'referralId']);
  });
});
