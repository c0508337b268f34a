import type { Principal, RunningService } from '@homeward/platform';
import { tokenFor } from '../testing/test-auth';
import { fuzzWrites, randomBodies } from './fuzz-writes';
import { day, IntakeClient } from './intake-writes.scenario';
import { awaInDakar, CM_SN, providerUser, referralConsent, ReferralsClient, startIntakeAndReferrals } from './referrals-lifecycle.scenario';

/** Per endpoint; sized so the whole file stays under a minute. */
const RUNS = 25;
const PROVIDER = `prov-fuzz-${process.pid}`;

interface ReferralIds {
  caseId: string;
  requested: string;
  sent: string;
}

interface ReferralEndpoint {
  route: string;
  path: (ids: ReferralIds) => string;
  body: () => object;
  who?: Partial<Principal>;
}

const r = (ids: ReferralIds, id: string) => `/referrals/${ids.caseId}/${id}`;

/** Every write of the referral lifecycle, with a form it accepts, on a referral where the command reaches the decider. */
const ENDPOINTS: ReferralEndpoint[] = [
  { route: 'request', path: (i) => `/cases/${i.caseId}/referrals`, body: () => ({ serviceType: 'vocational_training', providerId: PROVIDER, note: 'Mornings only' }) },
  { route: 'sending', path: (i) => `${r(i, i.requested)}/sending`, body: () => ({ needSummary: 'Wants to train', area: 'SN-DK' }) },
  { route: 'acceptance', path: (i) => `${r(i, i.sent)}/acceptance`, body: () => ({ startOn: day(7) }), who: providerUser(PROVIDER) },
  { route: 'decline', path: (i) => `${r(i, i.sent)}/decline`, body: () => ({ reason: 'no_capacity', note: 'Full' }), who: providerUser(PROVIDER) },
  { route: 'delivery', path: (i) => `${r(i, i.sent)}/delivery`, body: () => ({ deliveredOn: day(), note: 'Done' }) },
  { route: 'follow-ups', path: (i) => `${r(i, i.sent)}/follow-ups`, body: () => ({ outcome: 'need_met', followedUpOn: day(), notes: 'Works' }) },
  { route: 'closure', path: (i) => `${r(i, i.sent)}/closure`, body: () => ({ reason: 'no_longer_needed', note: 'Moved' }) },
];

describe('Referral write endpoints under random payloads', () => {
  let referrals: RunningService;
  let close: () => Promise<void>;
  let cases: IntakeClient;
  let api: ReferralsClient;

  beforeAll(async () => {
    let intake: RunningService;
    ({ intake, referrals, close } = await startIntakeAndReferrals());
    cases = new IntakeClient(intake);
    api = new ReferralsClient(referrals);
    await api.registerProvider(PROVIDER);
  }, 120000);
  afterAll(async () => close?.());

  /** A case consenting to referral to the provider, with a referral requested and one sent. */
  async function referralsToFuzz(): Promise<ReferralIds> {
    const { caseId } = await awaInDakar(cases);
    const { consentId } = await cases.expect201(`/cases/${caseId}/consents`, referralConsent(PROVIDER), CM_SN);
    await api.knowsCase(caseId);
    await api.noted(caseId, consentId, 'given');
    const form = { serviceType: 'vocational_training', providerId: PROVIDER };
    const { referralId: requested } = await api.expect201(`/cases/${caseId}/referrals`, form);
    const { referralId: sent } = await api.expect201(`/cases/${caseId}/referrals`, form);
    await api.expect201(`/referrals/${caseId}/${sent}/sending`);
    return { caseId, requested, sent };
  }

  it.each(ENDPOINTS.map((e) => [e.route, e] as const))('%s answers 2xx or 4xx, never 5xx nor an event its schema refuses, and a refusal appends nothing', async (_route, endpoint) => {
    const ids = await referralsToFuzz();
    const token = await tokenFor(endpoint.who ?? CM_SN);
    const path = endpoint.path(ids);
    await fuzzWrites(referrals, { token, attempts: randomBodies(endpoint.body()).map((body) => ({ path, body })), numRuns: RUNS });
  });
});
