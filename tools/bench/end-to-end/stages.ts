import { latencyOf } from './latency';
import type { Stage } from './verdict';

/** One measured registration, by the clock of this machine (epoch ms). */
export interface Registered {
  caseId: string;
  /** When the answer of `POST /returnees` reached the client. */
  answeredAt: number;
  /** When the case was first found in monitoring's case list; absent if it never was. */
  seenAt?: number;
}

/** Where the case's `intake.CaseOpened` was at each hop, by event id (and by case for the append). */
export interface PathTimes {
  /** Intake's event store: the row's recorded_at (clock_timestamp() as the append inserted it). */
  appended: Map<string, { eventId: string; at: number }>;
  /** The Kafka message's CreateTime: set by the relay's producer as it sends. */
  published: Map<string, number>;
  /** A bare kafkajs consumer of the same topic received it (its own group). */
  watched: Map<string, number>;
  /** Monitoring's inbox: the imported row's recorded_at. */
  imported: Map<string, number>;
}

export const STAGE_NAMES = {
  answer: 'append → HTTP answer',
  publish: 'append → relay publish',
  inbox: 'publish → monitoring inbox',
  list: 'inbox → case list',
  bare: 'publish → a bare consumer of the same topic',
} as const;

/**
 * The hops of each case's way from intake's log to monitoring's list. The clocks are the same (one
 * machine: PostgreSQL's clock_timestamp(), the producers' and this process's Date.now()), so the
 * differences are the time each hop took; a case missing a timestamp is left out of that hop only.
 */
export function stagesOf(registrations: Registered[], times: PathTimes): Stage[] {
  const hops: Record<keyof typeof STAGE_NAMES, number[]> = { answer: [], publish: [], inbox: [], list: [], bare: [] };
  for (const r of registrations) {
    const appended = times.appended.get(r.caseId);
    if (!appended) continue;
    const published = times.published.get(appended.eventId);
    const watched = times.watched.get(appended.eventId);
    const imported = times.imported.get(appended.eventId);
    hops.answer.push(r.answeredAt - appended.at);
    if (published !== undefined) hops.publish.push(published - appended.at);
    if (published !== undefined && imported !== undefined) hops.inbox.push(imported - published);
    if (imported !== undefined && r.seenAt !== undefined) hops.list.push(r.seenAt - imported);
    if (published !== undefined && watched !== undefined) hops.bare.push(watched - published);
  }
  return (Object.keys(STAGE_NAMES) as Array<keyof typeof STAGE_NAMES>).map((k) => ({ name: STAGE_NAMES[k], latency: latencyOf(hops[k]) }));
}

/** Answer to case list, for the registrations that showed; and how many never did. */
export function endToEndOf(registrations: Registered[]): { latenciesMs: number[]; unseen: number } {
  const seen = registrations.filter((r) => r.seenAt !== undefined);
  return { latenciesMs: seen.map((r) => r.seenAt! - r.answeredAt), unseen: registrations.length - seen.length };
}
