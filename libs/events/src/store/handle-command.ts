import type { NewEvent, RecordedEvent } from '../envelope';
import { WrongExpectedVersionError } from '../errors';
import type { AppendResult, EventStore } from './event-store.port';

export interface Decider<Command, State, Event extends { type: string; data: object }> {
  initialState: () => State;
  evolve: (state: State, event: Event) => State;
  decide: (command: Command, state: State) => Event[];
}

export type EnvelopeMetadata = Omit<NewEvent, 'type' | 'data' | 'schemaVersion' | 'eventId'>;

/**
 * Load, decide, append with the version that was read. On a conflict the whole cycle
 * runs again on the fresh history (the decision may differ), a bounded number of times.
 * Command-side state always comes from the stream, never from a read model.
 */
export async function handleCommand<C, S, E extends { type: string; data: object }>(
  store: EventStore,
  streamId: string,
  decider: Decider<C, S, E>,
  command: C,
  metadata: EnvelopeMetadata,
  retries = 3,
): Promise<AppendResult & { state: S }> {
  for (let attempt = 0; ; attempt++) {
    const history = await store.readStream(streamId);
    const state = history.reduce((s, e: RecordedEvent) => decider.evolve(s, e as unknown as E), decider.initialState());
    const events = decider.decide(command, state);
    try {
      const result = await store.appendToStream(
        streamId,
        events.map((e) => ({ ...metadata, type: e.type, data: e.data as NewEvent['data'] })),
        { expectedVersion: history.length ? history[history.length - 1].streamVersion : 0 },
      );
      return { ...result, state: events.reduce(decider.evolve, state) };
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError) || attempt >= retries) throw error;
    }
  }
}
