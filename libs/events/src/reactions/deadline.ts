import type { Projection } from '../projections/projection';
import type { Stored } from '../readmodel/read-model-store.port';
import type { CauseEvent } from './reaction';

/** One thing to do by a given moment, as a deadline's to-do list keeps it. */
export interface PendingItem {
  /** ISO instant from which it is due. */
  dueAt: string;
  /** The event that set it: the command it calls for answers that event, so firing twice appends once. */
  setBy: CauseEvent;
}

/**
 * A time-driven policy: "unless this is done by then, do that" (escalate an unacknowledged urgent
 * referral, raise a follow-up overdue). Its to-do list is a projection of the service's log, one
 * document per pending item, removed once the item is moot; so it is durable, rebuilt like any
 * read model, and the same on every instance. When an item's moment passes on the service's
 * clock, the one instance running reactions issues the commands it calls for, pure from the item.
 * The commands' deciders judge the rest: one that finds the item moot appends nothing.
 */
export interface Deadline<Item extends PendingItem = PendingItem, C = unknown> {
  /** Part of what makes its commands idempotent, with the item's moment: a moved item fires anew. */
  name: string;
  /** The to-do list; it must declare an index on `dueAt` (the earliest due are read first) and be among the service's projections. */
  pending: Projection<Item>;
  commandsFor(item: Stored<Item>): C[];
}
