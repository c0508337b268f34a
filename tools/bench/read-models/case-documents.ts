import { decideCase, evolveCase, initialCaseState } from '@homeward/domain';
import type { RecordedEvent } from '../../../libs/events/src/envelope';
import { applyEvent, type Projection } from '../../../libs/events/src/projections/projection';
import type { PositionedDoc } from '../../../libs/events/src/readmodel/read-model-store.port';
import type { PopulatedCase } from './population';

/** Room for every event of one case in the positions of the log the documents are said to reflect. */
const POSITIONS_PER_CASE = 8;

/**
 * A case's events as intake's decider makes them from its commands, recorded as the store would
 * (positions as if the cases had been appended one after another).
 */
export function recordedEvents(c: PopulatedCase): RecordedEvent[] {
  let state = initialCaseState();
  const recorded: RecordedEvent[] = [];
  for (const command of c.commands) {
    // The office holding the case before the command, as intake's CaseCommands dates its envelope.
    const before = state;
    for (const event of decideCase(command, before)) {
      state = evolveCase(state, event);
      const version = recorded.length + 1;
      if (version > POSITIONS_PER_CASE) throw new Error(`case ${c.caseId} has more than ${POSITIONS_PER_CASE} events`);
      recorded.push({
        eventId: `${c.caseId}-${version}`,
        streamId: `case-${c.caseId}`,
        streamVersion: version,
        globalPosition: c.k * POSITIONS_PER_CASE + version,
        type: event.type,
        schemaVersion: 1,
        occurredAt: command.metadata.now,
        recordedAt: command.metadata.now,
        actor: { userId: command.metadata.userId, role: command.metadata.role as 'case_manager' },
        country: before.status === 'none' ? c.host : before.office,
        correlationId: `${c.caseId}-${version}`,
        causationId: null,
        data: event.data as RecordedEvent['data'],
      });
    }
  }
  return recorded;
}

/** The document each projection holds for the case once its events are applied, as the runner would write it. */
export function documentsOf(events: RecordedEvent[], projections: Projection[]): Map<Projection, PositionedDoc<object>> {
  const out = new Map<Projection, PositionedDoc<object>>();
  for (const projection of projections) {
    let doc: object | null = null;
    let id: string | null = null;
    let position = 0;
    for (const event of events) {
      if (!projection.handles.includes(event.type)) continue;
      id ??= projection.documentId(event as never);
      doc = applyEvent(projection, doc, event);
      position = event.globalPosition;
    }
    if (id && doc) out.set(projection, { id, doc, position });
  }
  return out;
}
