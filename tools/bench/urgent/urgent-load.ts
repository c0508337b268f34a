import { CASE_DETAILS } from '../../../apps/referrals/src/case-details/case-details.projection';
import { benchReturnee } from '../end-to-end/returnees';
import type { DocumentsById } from './inbox-watch';

/** One urgent need as the generator recorded it. */
export interface UrgentNeed {
  k: number;
  /** Counted: after the warm-up. */
  measured: boolean;
  caseId: string;
  /** How late it left against its schedule, ms. */
  lateMs: number;
  status: number;
  /** Send to answer of `POST /cases/:caseId/vulnerability-screenings`, ms. */
  httpMs: number;
  /** When the answer arrived, epoch ms with a fraction (comparable with the databases' clocks). */
  answeredAt: number;
  needId?: string;
  error?: string;
}

/** Epoch ms with performance.now()'s resolution. */
export const now = () => performance.timeOrigin + performance.now();

const json = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });

/**
 * The cases the urgent needs are found in, registered beforehand (not timed) at the Dakar office,
 * a few at a time: a returnee from Morocco to Senegal, each a different person.
 */
export async function registerCases(intakeUrl: string, token: string, count: number, runTag: string): Promise<string[]> {
  const caseIds = new Array<string>(count);
  let next = 0;
  const today = new Date();
  const worker = async () => {
    for (let k = next++; k < count; k = next++) {
      const body = { ...benchReturnee(runTag, k * 4, today), office: 'SN' };
      const res = await fetch(`${intakeUrl}/returnees`, { method: 'POST', headers: json(token), body: JSON.stringify(body), signal: AbortSignal.timeout(30_000) });
      const text = await res.text();
      if (res.status !== 201) throw new Error(`registration ${k} answered ${res.status}: ${text.slice(0, 200)}`);
      caseIds[k] = (JSON.parse(text) as { caseId: string }).caseId;
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return caseIds;
}

/** Until referrals knows where every case is held (from intake's topic), so the timed needs never wait on a registration. */
export async function untilReferralsKnows(documents: DocumentsById, caseIds: string[], timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let missing = caseIds;
  while (missing.length && Date.now() < deadline) {
    const known = new Set((await documents.getMany<{ office?: string }>(CASE_DETAILS, missing)).filter((d) => d.office).map((d) => d._id));
    missing = missing.filter((id) => !known.has(id));
    if (missing.length) await new Promise((r) => setTimeout(r, 200));
  }
  if (missing.length) throw new Error(`referrals did not learn of ${missing.length} of ${caseIds.length} cases within ${timeoutMs / 1000} s`);
}

/**
 * An open loop: need k is recorded at start + k / rate whether or not the earlier ones were answered,
 * one case each, a life-threatening physical-health finding (what intake turns into an urgent need).
 */
export async function offerUrgentNeeds(o: { intakeUrl: string; token: string; caseIds: string[]; warmup: number; rate: number; onAnswer: (n: UrgentNeed) => void }): Promise<UrgentNeed[]> {
  const interval = 1000 / o.rate;
  const done: Array<Promise<UrgentNeed>> = [];
  const start = performance.now();
  for (let k = 0; k < o.caseIds.length; k++) {
    const due = start + k * interval;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    done.push(
      record(o, k, performance.now() - due).then((n) => {
        o.onAnswer(n);
        return n;
      }),
    );
  }
  return Promise.all(done);
}

async function record(o: { intakeUrl: string; token: string; caseIds: string[]; warmup: number }, k: number, lateMs: number): Promise<UrgentNeed> {
  const caseId = o.caseIds[k];
  const base = { k, measured: k >= o.warmup, caseId, lateMs: Math.max(0, lateMs) };
  const sent = performance.now();
  try {
    const res = await fetch(`${o.intakeUrl}/cases/${caseId}/vulnerability-screenings`, {
      method: 'POST',
      headers: json(o.token),
      body: JSON.stringify({ area: 'physical_health', urgency: 'life_threatening' }),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    const answered = { ...base, status: res.status, httpMs: performance.now() - sent, answeredAt: now() };
    if (res.status !== 201) return { ...answered, error: text.slice(0, 200) };
    return { ...answered, needId: (JSON.parse(text) as { needId: string }).needId };
  } catch (error) {
    return { ...base, status: 0, httpMs: performance.now() - sent, answeredAt: now(), error: String(error) };
  }
}
