import type { CaseEvent } from './case.events';
import type { ReturneeDetailsShared } from './consent.events';

/**
 * An event as it leaves intake: its personal part stays behind (the relay strips it), except where the
 * event's definition lets it travel sealed (`personalOnTopic`). There a consumer reads it opened with its
 * own key, or reads none: its key-store role may not open it, or the key was destroyed.
 */
type OnTopic<E> = E extends ReturneeDetailsShared
  ? { type: E['type']; data: Omit<E['data'], 'personal'> & { personal?: E['data']['personal'] } }
  : E extends { type: infer T; data: infer D }
    ? { type: T; data: Omit<D, 'personal'> }
    : never;

/** What another service receives from intake's topic; consumers type their reactions with this, never with intake's own events. */
export type IntakeTopicEvent = OnTopic<CaseEvent>;
