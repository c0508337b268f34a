import { randomBytes } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { pgExecutor } from '@homeward/events';
import { requireEnv } from '@homeward/events/testing';
import type { RunningService } from '@homeward/platform';
import { intakeService } from '../../apps/intake/src/intake.module';
import { planningService } from '../../apps/planning/src/planning.module';
import { REFERRAL_LIST } from '../../apps/referrals/src/referral-lists/referral-list.projection';
import { referralsService } from '../../apps/referrals/src/referrals.module';
import { eventually, startTestService } from '../testing/test-services';
import { day, forms, IntakeClient } from './intake-writes.scenario';
import { planForms, PlanningClient } from './planning-writes.scenario';
import { unservedReferralQueries } from './referrals-index-coverage';
import { AUDITOR, awaInDakar, CM_SN, providerUser, referralConsent, ReferralsClient, SUPERVISOR_SN } from './referrals-lifecycle.scenario';

const WHAT_STAYS_IN_INTAKE = ['awa@example.org', 'Médina', '1994-03-02', 'Pattern cutting'];

/**
 * Issue 13's lifecycle in distributed mode: intake, planning and referrals as three services, each its
 * event store on real PostgreSQL, each learning of the others through real Kafka (their own topics
 * under the run's prefix), referrals' read models on FerretDB (the default). Awa's plan refers her
 * training to a centre of the directory through planning's event; the referral goes out under her
 * consent, the centre's own user answers it, and it is followed up and closed; a second one, asked by
 * her case manager, is declined. Then referrals reads its log into PostgreSQL read models, which must
 * answer alike, every query through a declared index on both stores.
 */
describe('Distributed mode: a referral from a plan element to its closure, across intake, planning and referrals on real PostgreSQL, Kafka and FerretDB', () => {
  requireEnv('HOMEWARD_PG_URL');
  requireEnv('HOMEWARD_KAFKA_BROKERS');
  requireEnv('HOMEWARD_MONGO_URL');
  const namespace = `rj${randomBytes(4).toString('hex')}`;
  const PROVIDER = `prov-cfp-${namespace}`;
  const OTHER_PROVIDER = `prov-other-${namespace}`;
  let intake: RunningService;
  let planning: RunningService;
  let referrals: RunningService | undefined;
  let cases: IntakeClient;
  let plans: PlanningClient;
  let api: ReferralsClient;
  let caseId: string;
  let referralConsentId: string;
  /** The training of her plan, referred through planning's event. */
  let referralId: string;
  /** The one her case manager asked for, which the centre declines. */
  let declinedId: string;
  const r = (id = referralId) => `/referrals/${caseId}/${id}`;

  const startReferrals = async (readModels: 'mongo' | 'postgres') => {
    referrals = await startTestService('referrals', referralsService, { mode: 'distributed', namespace, readModels });
    api = new ReferralsClient(referrals);
  };

  beforeAll(async () => {
    const distributed = { mode: 'distributed', namespace, readModels: 'postgres' } as const;
    [intake, planning] = await Promise.all([startTestService('intake', intakeService, distributed), startTestService('planning', planningService, distributed), startReferrals('mongo')]);
    cases = new IntakeClient(intake);
    plans = new PlanningClient(planning);
    await Promise.all([api.registerProvider(PROVIDER), api.registerProvider(OTHER_PROVIDER)]);
    // Registered in Dakar with her consent to assistance, then to referral to the centre.
    ({ caseId } = await awaInDakar(cases));
    ({ consentId: referralConsentId } = await cases.expect201(`/cases/${caseId}/consents`, referralConsent(PROVIDER), CM_SN));
    await cases.expect201(`/cases/${caseId}/arrival`, forms.arrival(), CM_SN);
    await Promise.all([api.knowsCase(caseId), api.noted(caseId, referralConsentId, 'given'), plans.learntFromIntake(await cases.history(caseId))]);
  }, 60000);
  afterAll(async () => {
    await referrals?.close();
    await planning?.close();
    await intake?.close();
  });

  it('refers the plan’s training to the centre once the plan is in force, caused by planning’s event carried by Kafka', async () => {
    const p = `/plans/${caseId}`;
    const [grant, training] = planForms.draft().elements;
    await plans.expectStatus(200, 'put', `${p}/draft`, planForms.draft({ elements: [grant, { ...training, provider: { providerId: PROVIDER } }] }), CM_SN);
    await plans.expectStatus(201, 'post', `${p}/versions/1/submission`, undefined, CM_SN);
    await plans.expectStatus(201, 'post', `${p}/versions/1/approval`, undefined, SUPERVISOR_SN);
    const known = (await cases.history(caseId)).length;
    await cases.expect201(`/cases/${caseId}/consents`, forms.assistanceConsent(), CM_SN);
    await plans.learntFromIntake((await cases.history(caseId)).slice(known));
    expect((await plans.expectStatus(201, 'post', `${p}/versions/1/activation`, undefined, CM_SN)).events).toContain('planning.ReferralRequested');
    const asked = (await plans.plan(caseId)).find((e) => e.type === 'planning.ReferralRequested')!;

    const requested = await eventually(
      () => api.stream(caseId),
      (events) => events.some((e) => e.type === 'referrals.ReferralRequested'),
    );
    const event = requested.find((e) => e.type === 'referrals.ReferralRequested')!;
    referralId = String(event.data.referralId);
    expect(event.causationId).toBe(asked.eventId);
    expect(event.data).toMatchObject({ serviceType: 'vocational_training', providerId: PROVIDER, office: 'SN', source: { kind: 'plan_element', planVersion: 1, elementId: 'e-training' } });
  }, 30000);

  it('checks her consent and sends only the training’s minimum data set; the centre’s user reads only those fields, another provider nothing', async () => {
    const sent = await api.expect201(`${r()}/sending`, { needSummary: 'Wants to train as a pattern cutter' });
    expect(sent.events).toEqual(['referrals.ReferralSent']);
    const event = (await api.stream(caseId)).find((e) => e.type === 'referrals.ReferralSent' && e.data.referralId === referralId)!;
    expect([...(event.data.sharedFields as string[])].sort()).toEqual(['ageYears', 'firstName', 'language', 'lastName', 'phone', 'sex']);
    expect(event.data).toMatchObject({ consentId: referralConsentId, providerId: PROVIDER });

    const inbox = await eventually(() => api.get('/inbox', providerUser(PROVIDER)), (res) => res.body.items?.some((i: { referralId: string }) => i.referralId === referralId));
    expect(inbox.body.total).toBe(1);
    const [item] = inbox.body.items;
    expect(item).toEqual({ caseId, referralId, serviceType: 'vocational_training', status: 'sent', sentAt: expect.any(String), sharedFields: expect.any(Array), shared: expect.objectContaining({ firstName: 'Awa', phone: '+221 77 000 00 00' }) });
    expect(Object.keys(item.shared).sort()).toEqual([...item.sharedFields].sort());
    expect((await api.get(r(), providerUser(PROVIDER))).body).toEqual(item);
    for (const words of [...WHAT_STAYS_IN_INTAKE, 'pattern cutter']) expect(JSON.stringify(inbox.body)).not.toContain(words);

    // Another provider's token lists none of it and reads it as an unknown referral.
    expect((await api.get('/inbox', providerUser(OTHER_PROVIDER))).body).toMatchObject({ items: [], total: 0 });
    expect((await api.get(r(), providerUser(OTHER_PROVIDER))).body).toMatchObject({ statusCode: 404, code: 'REFERRAL_NOT_FOUND' });
    expect((await api.post(`${r()}/acceptance`, {}, providerUser(OTHER_PROVIDER))).body).toMatchObject({ statusCode: 404, code: 'REFERRAL_NOT_FOUND' });
    expect((await api.get('/referrals', providerUser(PROVIDER))).body).toMatchObject({ statusCode: 403, code: 'ROLE_NOT_ALLOWED' });
  });

  it('is accepted by the centre’s user, delivered, followed up and closed; the timeline reads every step', async () => {
    await api.expect201(`${r()}/acceptance`, { startOn: day(7) }, providerUser(PROVIDER));
    await api.expect201(`${r()}/delivery`, { deliveredOn: day(), note: 'Finished the course' }, providerUser(PROVIDER));
    await api.expect201(`${r()}/follow-ups`, { outcome: 'need_met', followedUpOn: day(), notes: 'Works in a workshop' });
    await api.expect201(`${r()}/closure`, { reason: 'service_completed' }, SUPERVISOR_SN);
    const detail = await eventually(() => api.get(r()), (res) => res.body.status === 'closed');
    expect(detail.body.timeline.map((s: { event: string }) => s.event)).toEqual(['ReferralRequested', 'ReferralSent', 'ReferralAccepted', 'ServiceDelivered', 'ReferralFollowedUp', 'ReferralClosed']);
    expect(detail.body.timeline[0]).toMatchObject({ by: { role: 'system' }, what: { serviceType: 'vocational_training', sourceKind: 'plan_element' } });
    expect(detail.body.timeline[1]).toMatchObject({ by: { userId: 'cm-sn', role: 'case_manager' }, what: { consentId: referralConsentId } });
    expect(detail.body.timeline[2]).toMatchObject({ by: { userId: `pu-${PROVIDER}`, role: 'service_provider' }, what: { startOn: day(7) } });
    expect(detail.body.timeline[3]).toMatchObject({ by: { role: 'service_provider' }, note: 'Finished the course' });
    expect(detail.body.timeline[4]).toMatchObject({ what: { outcome: 'need_met' }, note: 'Works in a workshop' });
    expect(detail.body.timeline[5]).toMatchObject({ by: { userId: 'sup-sn', role: 'supervisor' }, what: { reason: 'service_completed' } });
    // The centre sees it closed in its inbox, still with only what was shared.
    const inbox = await eventually(() => api.get('/inbox', providerUser(PROVIDER)), (res) => res.body.items?.[0]?.status === 'closed');
    expect(Object.keys(inbox.body.items[0]).sort()).toEqual(['caseId', 'referralId', 'sentAt', 'serviceType', 'shared', 'sharedFields', 'status']);
  });

  it('records a referral the centre declines, with its reason, asked by her case manager', async () => {
    ({ referralId: declinedId } = await api.expect201(`/cases/${caseId}/referrals`, { serviceType: 'legal_aid', providerId: PROVIDER }));
    await api.expect201(`${r(declinedId)}/sending`);
    await eventually(() => api.get(r(declinedId), providerUser(PROVIDER)), (res) => res.status === 200);
    const declined = await api.expect201(`${r(declinedId)}/decline`, { reason: 'no_capacity', note: 'The next session starts in September' }, providerUser(PROVIDER));
    expect(declined.events).toEqual(['referrals.ReferralDeclined']);
    const detail = await eventually(() => api.get(r(declinedId)), (res) => res.body.status === 'declined');
    expect(detail.body.timeline.map((s: { event: string }) => s.event)).toEqual(['ReferralRequested', 'ReferralSent', 'ReferralDeclined']);
    expect(detail.body.timeline[0]).toMatchObject({ by: { userId: 'cm-sn' }, what: { sourceKind: 'case_manager' } });
    expect(detail.body.timeline[2]).toMatchObject({ by: { role: 'service_provider' }, what: { reason: 'no_capacity' }, note: 'The next session starts in September' });
    const listed = await eventually(() => api.get('/referrals?status=declined'), (res) => res.body.total === 1);
    expect(listed.body.items).toEqual([expect.objectContaining({ referralId: declinedId, providerId: PROVIDER, status: 'declined' })]);
  });

  it('answers every query of the read side on FerretDB, each served by a declared index', async () => {
    expect(await unservedReferralQueries(referrals!, { caseId, referralId, providerId: PROVIDER })).toEqual([]);
  }, 30000);

  describe('the same log read into PostgreSQL read models (HOMEWARD_READ_MODELS=postgres)', () => {
    const compared = (): Array<[string, Parameters<ReferralsClient['get']>[1]]> => [
      ['/referrals', CM_SN],
      ['/referrals?status=closed', CM_SN],
      ['/referrals?status=declined', CM_SN],
      [`/referrals?caseId=${caseId}`, CM_SN],
      [`/referrals?providerId=${PROVIDER}`, AUDITOR],
      [r(), CM_SN],
      [r(declinedId), AUDITOR],
      ['/inbox', providerUser(PROVIDER)],
      [r(), providerUser(PROVIDER)],
      ['/inbox', providerUser(OTHER_PROVIDER)],
      [r(), providerUser(OTHER_PROVIDER)],
      ['/providers?country=SN&serviceType=vocational_training', CM_SN],
    ];
    const answers = async () => Promise.all(compared().map(async ([path, who]) => [path, who?.userId, (await api.get(path, who)).body] as const));
    let onFerret: Awaited<ReturnType<typeof answers>>;

    beforeAll(async () => {
      onFerret = await answers();
      // Referrals restarted on another read-model store: it projects its whole log into PostgreSQL, FerretDB left as it was.
      await referrals!.close();
      referrals = undefined;
      await startReferrals('postgres');
    }, 30000);

    it('answers the lists, the timelines, the inboxes and the refusals exactly as FerretDB did', async () => {
      const onPostgres = await eventually(answers, (now) => isDeepStrictEqual(now, onFerret), 20000);
      expect(onPostgres).toEqual(onFerret);
      expect(onFerret.find(([path, who]) => path === '/inbox' && who === `pu-${PROVIDER}`)![2]).toMatchObject({ total: 2 });
      // Read from PostgreSQL indeed: the list's rows are in the service's read-model schema there.
      const sql = await pgExecutor(requireEnv('HOMEWARD_PG_URL'), 1);
      try {
        const table = `referrals_${namespace}_read_models."rm_${await referrals!.infra.readModels.physicalOf(REFERRAL_LIST)}"`;
        expect((await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n).toBe(2);
      } finally {
        await sql.close();
      }
    }, 30000);

    it('answers every query of the read side on PostgreSQL, each served by a declared index', async () => {
      expect(await unservedReferralQueries(referrals!, { caseId, referralId, providerId: PROVIDER })).toEqual([]);
    }, 30000);
  });
});
