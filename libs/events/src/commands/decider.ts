import type { NewEvent } from '../envelope';

/** A context's decisions as the platform runs them: pure functions over its own commands, state and events. */
export interface Decider<Command, State, Event extends { type: string; data: object }> {
  initialState: () => State;
  evolve: (state: State, event: Event) => State;
  decide: (command: Command, state: State) => Event[];
}

/** The envelope facts around a decided event that are not the domain's: when, who, where, in answer to what. */
export type EnvelopeMetadata = Omit<NewEvent, 'type' | 'data' | 'schemaVersion' | 'eventId'>;
