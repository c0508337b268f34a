import type { MonitoringEvent } from './monitoring-stream.events';

/** An event as it leaves monitoring: its personal part stays behind (the relay strips it). */
type OnTopic<E> = E extends { type: infer T; data: infer D } ? { type: T; data: D extends unknown ? Omit<D, 'personal'> : never } : never;

/** What another service receives from monitoring's topic (planning, for the plan reviews it shows); consumers type their reactions with this. */
export type MonitoringTopicEvent = OnTopic<MonitoringEvent>;
