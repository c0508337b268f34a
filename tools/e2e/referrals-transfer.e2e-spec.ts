import type { RunningService } from '@homeward/platform';
import { aReturnee, IntakeClient } from './intake-writes.scenario';
import { eventually } from '../testing/test-services';
import { CM_MA, CM_SN, ReferralsClient, startIntakeAndReferrals } from './referrals-lifecycle.scenario';

const PROVIDER = `prov-legal-${process.pid}`;
const listed = (res: { body: { items?: Array<{ referralId: string; office: string }> } }, referralId: string) => res.body.items?.find((i) => i.referralId === referralId);

/**
 * Embedded mode: a referral made by the Rabat office before her return, then her case transferred to
 * Dakar in intake. Told by intake's topic, referrals moves the referral to Dakar's lists: the office
 * now holding the case finds it, the one that gave it up no longer does.
 */
describe('Embedded mode: a case transferred in intake takes its referrals to the new office', () => {
  let intake: RunningService;
  let referrals: RunningService;
  let close: () => Promise<void>;
  let cases: IntakeClient;
  let api: ReferralsClient;

  beforeAll(async () => {
    ({ intake, referrals, close } = await startIntakeAndReferrals());
    cases = new IntakeClient(intake);
    api = new ReferralsClient(referrals);
    await api.registerProvider(PROVIDER);
  }, 120000);
  afterAll(async () => close?.());

  it('lists the referral under Dakar once the case is transferred there, and no longer under Rabat', async () => {
    const caseId = await cases.openCase(CM_MA, aReturnee());
    // No consent to assistance yet: referrals knows only the office holding her case.
    await eventually(() => referrals.infra.readModels.get<{ office?: string }>('case_details', caseId), (doc) => doc?.office === 'MA');
    const { referralId } = await api.expect201(`/cases/${caseId}/referrals`, { serviceType: 'legal_aid', providerId: PROVIDER }, CM_MA);
    expect(listed(await eventually(() => api.get(`/referrals?caseId=${caseId}`, CM_MA), (res) => Boolean(listed(res, referralId))), referralId)).toMatchObject({ office: 'MA' });
    expect(listed(await api.get(`/referrals?caseId=${caseId}`, CM_SN), referralId)).toBeUndefined();

    await cases.expect201(`/cases/${caseId}/transfer`, { handoverNote: 'She returns to Dakar next week' }, CM_MA);

    const inDakar = await eventually(() => api.get(`/referrals?caseId=${caseId}`, CM_SN), (res) => Boolean(listed(res, referralId)));
    expect(listed(inDakar, referralId)).toMatchObject({ office: 'SN', status: 'requested' });
    expect(listed(await api.get(`/referrals?caseId=${caseId}`, CM_MA), referralId)).toBeUndefined();
    const moved = (await api.stream(caseId)).filter((e) => e.type === 'referrals.ReferralOfficeChanged');
    expect(moved.map((e) => e.data)).toEqual([expect.objectContaining({ referralId, fromOffice: 'MA', office: 'SN' })]);
    // Dakar's staff now write the case's referrals.
    expect((await api.post(`/referrals/${caseId}/${referralId}/sending`, { needSummary: 'Lost her papers' }, CM_SN)).status).not.toBe(403);
  });
});
