import { logLevel as KafkaLogLevel, type logCreator } from 'kafkajs';

export type BrokerLogLevel = 'nothing' | 'error' | 'warn' | 'info' | 'debug';

/** Where kafkajs's (and the adapter's own) log lines go; the platform logger fits. */
export type BrokerLog = (level: Exclude<BrokerLogLevel, 'nothing'>, message: string, fields: Record<string, unknown>) => void;

export const LEVELS: Record<BrokerLogLevel, KafkaLogLevel> = {
  nothing: KafkaLogLevel.NOTHING,
  error: KafkaLogLevel.ERROR,
  warn: KafkaLogLevel.WARN,
  info: KafkaLogLevel.INFO,
  debug: KafkaLogLevel.DEBUG,
};

const NAMES = new Map<KafkaLogLevel, Exclude<BrokerLogLevel, 'nothing'>>([
  [KafkaLogLevel.ERROR, 'error'],
  [KafkaLogLevel.WARN, 'warn'],
  [KafkaLogLevel.INFO, 'info'],
  [KafkaLogLevel.DEBUG, 'debug'],
]);

/**
 * Warnings about a choice this adapter made on purpose, repeated on every producer it
 * creates: bounded retries (a publish must fail rather than hang; the outbox relay
 * publishes again and consumers drop repeats by event id).
 */
const DELIBERATE = [/Limiting retries for the idempotent producer/];

/**
 * kafkajs logs every error response at error level, also the ones it handles as routine
 * (a rebalance under way, a member id to fetch first, a topic that exists already). The
 * ones that matter fail the operation and surface there, so these are debug lines.
 */
const isRoutineResponse = (namespace: string, message: string) => namespace === 'Connection' && message.startsWith('Response ');

/** One line per entry on stderr: kafkajs's default logger prints whole JSON objects. */
export const stderrLog: BrokerLog = (level, message, fields) => {
  const where = [fields.namespace, fields.groupId, fields.broker].filter(Boolean).join(' ');
  const why = fields.error ? `: ${String(fields.error)}` : '';
  const repeated = fields.repeated ? ` (and ${String(fields.repeated)} more like it since the last)` : '';
  process.stderr.write(`[kafka] ${level.toUpperCase()} ${where ? `${where} ` : ''}${message}${why}${repeated}\n`);
};

/** The adapter's own lines obey the same level as kafkajs's. */
export function atLevel(log: BrokerLog, level: BrokerLogLevel): BrokerLog {
  const threshold = LEVELS[level];
  return (entryLevel, message, fields) => {
    if (LEVELS[entryLevel] <= threshold) log(entryLevel, message, fields);
  };
}

export function kafkaLogCreator(log: BrokerLog): logCreator {
  return () =>
    ({ namespace, level, log: { message, timestamp: _timestamp, ...fields } }) => {
      const name = isRoutineResponse(namespace, message) ? 'debug' : NAMES.get(level);
      if (!name || DELIBERATE.some((pattern) => pattern.test(message))) return;
      log(name, message, { namespace, ...fields });
    };
}
