import type { BrokerLog } from './kafka-log';

/** One line per kind of message per this long while the broker is down. */
export const LOG_REPEAT_WINDOW_MS = 30_000;

/**
 * While the broker is down every client retries every second or so, and kafkajs logs each failed
 * connection: several lines a second that say the same thing. A line goes out the first time,
 * then at most once per window for the same kind (same level and message, numbers aside), with
 * how many were left out meanwhile, so an outage stays visible without flooding the logs.
 */
export function throttledLog(log: BrokerLog, windowMs = LOG_REPEAT_WINDOW_MS, now: () => number = Date.now): BrokerLog {
  const seen = new Map<string, { at: number; leftOut: number }>();
  return (level, message, fields) => {
    const kind = `${level} ${fields.namespace ?? ''} ${fields.groupId ?? ''} ${message.replace(/\d+(\.\d+)?/g, '#')}`;
    const last = seen.get(kind);
    const at = now();
    if (last && at - last.at < windowMs) {
      last.leftOut++;
      return;
    }
    if (seen.size > 1_000) seen.clear(); // kinds are few; this only bounds memory against odd messages
    seen.set(kind, { at, leftOut: 0 });
    log(level, message, last?.leftOut ? { ...fields, repeated: last.leftOut } : fields);
  };
}
