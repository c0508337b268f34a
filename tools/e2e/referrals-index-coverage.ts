import { UnindexedQueryError } from '@homeward/events';
import type { Principal, RunningService } from '@homeward/platform';
import { ACKNOWLEDGEMENTS_DUE } from '../../apps/referrals/src/escalation/acknowledgements-due.projection';
import { REFERRAL_LIST } from '../../apps/referrals/src/referral-lists/referral-list.projection';
import { referralProjections } from '../../apps/referrals/src/referral-queries';
import { AUDITOR, CM_SN, providerUser, ReferralsClient, SUPERVISOR_SN } from './referrals-lifecycle.scenario';

const ME_OFFICER_SN: Partial<Principal> = { userId: 'me-sn', role: 'me_officer', countries: ['SN'] };
/** A supervisor of two offices: the lists read for two countries at once. */
const SUPERVISOR_SN_MA: Partial<Principal> = { userId: 'sup-sn-ma', role: 'supervisor', countries: ['SN', 'MA'] };

/**
 * Every query referrals' read side issues, by each kind of reader: the store refuses a query no
 * declared index serves (UnindexedQueryError, a 500), so the answers are the proof. Returns what was
 * not answered 200; fails if the store would not refuse, or if a read model the API serves was never read.
 */
export async function unservedReferralQueries(referrals: RunningService, at: { caseId: string; referralId: string; providerId: string }): Promise<string[]> {
  const api = new ReferralsClient(referrals);
  const store = referrals.infra.readModels;
  await expect(store.find(REFERRAL_LIST, { serviceType: 'vocational_training' }, { sort: 'requestedAt' })).rejects.toThrow(UnindexedQueryError);
  const read = new Set<string>();
  const spies = (['find', 'count', 'get', 'getMany'] as const).map((method) => {
    const original = store[method].bind(store) as (collection: string, ...rest: unknown[]) => Promise<never>;
    return jest.spyOn(store, method).mockImplementation(((collection: string, ...rest: unknown[]) => {
      read.add(collection);
      return original(collection, ...rest);
    }) as never);
  });
  const staffPaths = [
    ...['', '?status=closed', '?status=declined', `?providerId=${at.providerId}`, `?caseId=${at.caseId}`, '?country=SN', '?country=SN&status=sent', '?limit=1&offset=1'].map((q) => `/referrals${q}`),
    '/referrals/needs-attention',
    '/referrals/needs-attention?country=SN',
    `/referrals/${at.caseId}/${at.referralId}`,
    ...['', '?country=SN', '?country=SN&serviceType=vocational_training', '?country=SN&area=SN-DK&language=fr', '?status=active'].map((q) => `/providers${q}`),
    `/providers/${at.providerId}`,
    ...['', '?country=SN', '?country=SN&status=open'].map((q) => `/unmet-needs${q}`),
    `/cases/${at.caseId}/safety-plans`,
  ];
  const readers: Array<[Partial<Principal>, string[]]> = [
    [CM_SN, staffPaths],
    [SUPERVISOR_SN_MA, staffPaths],
    [SUPERVISOR_SN, ['/referrals/escalations', '/referrals/escalations?country=SN&status=open', '/reports/unmet-needs?country=SN', '/reports/unmet-needs?country=SN&format=csv']],
    [ME_OFFICER_SN, ['/reports/unmet-needs', '/unmet-needs?country=SN']],
    [AUDITOR, ['/referrals', '/referrals?status=closed', '/referrals/emergency-exceptions', '/referrals/emergency-exceptions?country=SN', `/referrals/${at.caseId}/${at.referralId}`]],
    [providerUser(at.providerId), ['/inbox', '/inbox?limit=1&offset=1', `/referrals/${at.caseId}/${at.referralId}`]],
  ];
  const unserved: string[] = [];
  try {
    for (const [who, paths] of readers) {
      for (const path of paths) {
        const res = await api.get(path, who);
        if (res.status !== 200) unserved.push(`${who.role} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
      }
    }
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  // The escalation deadline's to-do list is read by the deadline, not by the API.
  const servedByApi = referralProjections.map((p) => p.collection).filter((c) => c !== ACKNOWLEDGEMENTS_DUE);
  expect(servedByApi.filter((c) => !read.has(c))).toEqual([]);
  return unserved;
}
