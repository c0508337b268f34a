import { mayReceive, registerConsent, type ConsentQuestion, type ConsentRecord } from '@homeward/domain';
import { type ConsentEvent } from '@homeward/contracts/intake';
import { rotate, type BenchConfig } from './config';
import { calibrate, nsPerCall } from './pure-timer';

/** Per register size: ns per mayReceive call, one figure per round. */
export type ConsentResults = Array<{ size: number; nsPerCall: number[]; iterations: number }>;

const PROVIDERS = 10;
const base = { caseId: 'c-bench', returneeId: 'r-bench', formVersion: 'v3', language: 'fr', recordedAt: '2026-11-03T09:00:00.000Z' };

/**
 * A register of `size` records kept by registerConsent itself: assistance, referral, M&E and
 * sharing with ten named providers in turn, every seventh refused and every fifth given one
 * withdrawn later, so answers have several records per purpose and recipient to weigh.
 */
export function consentRegister(size: number): ConsentRecord[] {
  let records: ConsentRecord[] = [];
  const purposes = ['assistance', 'data_sharing', 'referral', 'data_sharing', 'me_use'] as const;
  for (let i = 0; i < size; i++) {
    const purpose = purposes[i % purposes.length];
    const decision = {
      ...base,
      consentId: `k-${i}`,
      purpose,
      ...(purpose === 'data_sharing' ? { recipient: { recipientId: `p-${i % PROVIDERS}`, name: `Provider ${i % PROVIDERS}` } } : {}),
      decidedOn: '2026-11-03',
    };
    const event: ConsentEvent =
      i % 7 === 6 ? { type: 'intake.ConsentRefused', data: decision } : { type: 'intake.ConsentGiven', data: { ...decision, dataCategories: ['case_summary', 'contact', 'health'] } };
    records = registerConsent(records, event);
  }
  for (const r of records.filter((_, i) => i % 5 === 4 && records[i].status === 'given')) {
    records = registerConsent(records, {
      type: 'intake.ConsentWithdrawn',
      data: { ...base, consentId: r.consentId, purpose: r.purpose, ...(r.recipient ? { recipient: r.recipient } : {}), withdrawnOn: '2026-11-10' },
    });
  }
  if (records.length !== size) throw new Error(`register holds ${records.length} records, wanted ${size}`);
  return records;
}

/** The questions services ask, in turn: covered, not covered, unknown recipient, too early. */
const QUESTIONS: ConsentQuestion[] = [
  { purpose: 'assistance', on: '2026-11-23' },
  { purpose: 'data_sharing', recipientId: 'p-1', dataCategory: 'health', on: '2026-11-23' },
  { purpose: 'data_sharing', recipientId: 'p-3', dataCategory: 'plan', on: '2026-11-23' },
  { purpose: 'data_sharing', recipientId: 'p-unknown', dataCategory: 'contact', on: '2026-11-23' },
  { purpose: 'referral', dataCategory: 'case_summary', on: '2026-11-01' },
];

/**
 * mayReceive is pure and in-process: each size is calibrated to samples of about
 * `consentSampleMs`, then the sizes take turns for `rounds` rounds, the first rotating.
 */
export function runConsentPhase(cfg: BenchConfig, log: (line: string) => void): ConsentResults {
  const subjects = cfg.consentSizes.map((size) => {
    const records = consentRegister(size);
    const ask = (i: number) => (mayReceive(records, QUESTIONS[i % QUESTIONS.length]).allowed ? 1 : 0);
    return { size, ask, iterations: calibrate(ask, cfg.consentSampleMs), nsPerCall: [] as number[] };
  });
  for (let r = 0; r < cfg.rounds; r++) {
    for (const s of rotate(subjects, r)) {
      s.nsPerCall.push(nsPerCall(s.ask, s.iterations));
      log(`  mayReceive r${r + 1} over ${s.size} records: ${s.nsPerCall[r].toFixed(0)} ns/call`);
    }
  }
  return subjects.map(({ size, nsPerCall: ns, iterations }) => ({ size, nsPerCall: ns, iterations }));
}
