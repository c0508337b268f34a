import type { SqlExecutor } from '@homeward/events';
import { latencyOf, type UrgentLatency } from './urgent-latency';

const AT = `(extract(epoch FROM recorded_at) * 1000)::float8 AS at`;

/** Where each case's urgent need was, by the databases' clock (clock_timestamp() as each row was inserted), epoch ms. */
export interface UrgentPathTimes {
  /** Intake's log: the intake.UrgentNeedIdentified row, by case. */
  identified: Map<string, { eventId: string; at: number }>;
  /** Referrals' inbox: the same event imported from intake's topic, by event id. */
  imported: Map<string, number>;
  /** Referrals' log: the referrals.ReferralSent its reaction appended, by case. */
  sent: Map<string, number>;
}

export const URGENT_STAGES = {
  answer: 'intake append → HTTP answer',
  inbox: 'intake append → referrals inbox (relay, Kafka, import)',
  reaction: 'inbox → urgent referral sent (reaction, lookups, append)',
  projected: 'sent → seen in the provider’s inbox (projection, watch)',
} as const;

export async function urgentPathTimes(sql: SqlExecutor, intakeSchema: string, referralsSchema: string): Promise<UrgentPathTimes> {
  const identified = await sql.query<{ stream_id: string; event_id: string; at: number }>(`SELECT stream_id, event_id, ${AT} FROM ${intakeSchema}.events WHERE type = 'intake.UrgentNeedIdentified'`);
  const imported = await sql.query<{ event_id: string; at: number }>(`SELECT event_id, ${AT} FROM ${referralsSchema}.events WHERE type = 'intake.UrgentNeedIdentified'`);
  const sent = await sql.query<{ stream_id: string; at: number }>(`SELECT stream_id, ${AT} FROM ${referralsSchema}.events WHERE type = 'referrals.ReferralSent'`);
  return {
    identified: new Map(identified.rows.map((r) => [r.stream_id.replace(/^case-/, ''), { eventId: r.event_id, at: r.at }])),
    imported: new Map(imported.rows.map((r) => [r.event_id, r.at])),
    sent: new Map(sent.rows.map((r) => [r.stream_id.replace(/^referrals-/, ''), r.at])),
  };
}

/** Each hop of the measured needs (one need per case, epoch ms on one machine's clock); a need missing a time is left out of that hop only. */
export function urgentStagesOf(needs: Array<{ caseId: string; answeredAt: number; seenAt?: number }>, times: UrgentPathTimes): Array<{ name: string; latency: UrgentLatency }> {
  const hops: Record<keyof typeof URGENT_STAGES, number[]> = { answer: [], inbox: [], reaction: [], projected: [] };
  for (const n of needs) {
    const identified = times.identified.get(n.caseId);
    if (!identified) continue;
    const imported = times.imported.get(identified.eventId);
    const sent = times.sent.get(n.caseId);
    hops.answer.push(n.answeredAt - identified.at);
    if (imported !== undefined) hops.inbox.push(imported - identified.at);
    if (imported !== undefined && sent !== undefined) hops.reaction.push(sent - imported);
    if (sent !== undefined && n.seenAt !== undefined) hops.projected.push(n.seenAt - sent);
  }
  return (Object.keys(URGENT_STAGES) as Array<keyof typeof URGENT_STAGES>).map((k) => ({ name: URGENT_STAGES[k], latency: latencyOf(hops[k]) }));
}
