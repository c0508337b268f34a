import type { PlanEvent } from './plan-stream.events';

/** An event as it leaves planning: its personal part stays behind (the relay strips it). */
type OnTopic<E> = E extends { type: infer T; data: infer D } ? { type: T; data: Omit<D, 'personal'> } : never;

/** What another service receives from planning's topic; consumers type their reactions with this. */
export type PlanningTopicEvent = OnTopic<PlanEvent>;
