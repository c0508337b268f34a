import type { ProviderEvent } from './provider.events';
import type { ReferralsEvent } from './referrals-stream.events';

/** An event as it leaves referrals: its personal part stays behind (the relay strips it). */
type OnTopic<E> = E extends { type: infer T; data: infer D } ? { type: T; data: Omit<D, 'personal'> } : never;

/** What another service receives from referrals' topic; consumers type their reactions with this. */
export type ReferralsTopicEvent = OnTopic<ReferralsEvent | ProviderEvent>;
