import type { CaseEvent } from './case.events';

/** An event as it leaves intake: its personal part stays behind (the relay strips it). */
type OnTopic<E> = E extends { type: infer T; data: infer D } ? { type: T; data: Omit<D, 'personal'> } : never;

/** What another service receives from intake's topic; consumers type their reactions with this, never with intake's own events. */
export type IntakeTopicEvent = OnTopic<CaseEvent>;
