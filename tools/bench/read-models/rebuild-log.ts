import { caseStreamId } from '../../../libs/events/src/envelope';
import type { EventStore } from '../../../libs/events/src/store/event-store.port';
import { buildCase, envelope, toNewEvent } from '../intake-histories';

/**
 * The log the rebuilds replay: whole intake case histories as the store bench builds them (every event
 * decided by intake's decider: registration, consent, individual factors, counselling sessions),
 * `length` events a case, appended case by case. Returns the events written.
 */
export async function writeIntakeLog(writer: EventStore, events: number, length: number, log: (line: string) => void): Promise<number> {
  const cases = Math.ceil(events / length);
  const t0 = performance.now();
  for (let i = 0; i < cases; i++) {
    const built = buildCase(`rb-${String(i).padStart(6, '0')}`, length);
    const meta = envelope();
    await writer.appendToStream(caseStreamId(built.caseId), built.events.map((e) => toNewEvent(e, meta)), { expectedVersion: 0 });
  }
  log(`  log: ${cases * length} events of ${cases} cases written in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return cases * length;
}
