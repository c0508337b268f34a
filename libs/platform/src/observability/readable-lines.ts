import type { DestinationStream } from 'pino';

const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO ', 40: 'WARN ', 50: 'ERROR', 60: 'FATAL' };
const COLOURS: Record<number, string> = { 40: '\x1b[33m', 50: '\x1b[31m', 60: '\x1b[31m' };
/** What every line carries already, or what says nothing to someone watching a terminal. */
const OMITTED = new Set(['level', 'time', 'pid', 'hostname', 'service', 'msg']);

/**
 * One readable line per log entry, for a person at a terminal: time, level, service, message,
 * then the other fields as key=value. Machines get JSON (see createLogger).
 */
export function readableLine(json: string, colour: boolean): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json);
  } catch {
    return json;
  }
  const level = Number(entry.level);
  const time = new Date(Number(entry.time)).toISOString().slice(11, 23);
  const fields = Object.entries(entry)
    .filter(([key, value]) => !OMITTED.has(key) && value !== undefined && value !== null)
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  const line = [time, LEVELS[level] ?? String(level), `[${entry.service}]`, entry.msg, ...fields].join(' ');
  return colour && COLOURS[level] ? `${COLOURS[level]}${line}\x1b[0m` : line;
}

/** A pino destination writing readable lines to a stream (stdout by default). */
export function readableLines(out: NodeJS.WritableStream = process.stdout, colour = Boolean((out as { isTTY?: boolean }).isTTY)): DestinationStream {
  return { write: (json: string) => void out.write(`${readableLine(json.trimEnd(), colour)}\n`) };
}
