import type { ReadModelStore, Stored } from '../read-model-store.port';

/** Where the pointers live, in the physical store beside the collections they name. */
export const POINTERS = '_read_model_versions';

/**
 * Which physical collection a logical one reads from. Absent, the logical name is its own
 * physical collection (version 0), as every read model was before versions existed.
 */
export interface ReadModelPointer {
  version: number;
  physical: string;
  /** A version being built beside the live one, by a rebuild under way (or one that died). */
  building?: { version: number; physical: string; since: string };
  /** Versions switched away from, dropped once every instance reads the new one. */
  retired?: string[];
  switchedAt?: string;
}

export type StoredPointer = Stored<ReadModelPointer>;

export function physicalName(logical: string, version: number): string {
  return version === 0 ? logical : `${logical}__v${version}`;
}

export function liveVersion(logical: string, stored: StoredPointer | null): ReadModelPointer {
  return stored ? withoutStorage(stored) : { version: 0, physical: logical };
}

/** The revision a pointer was read at: its stored position (0 when there is none yet). */
export function revisionOf(stored: StoredPointer | null): number {
  return stored?._position ?? 0;
}

/**
 * Writes the pointer over the revision it was read at, and only over that one: the position is
 * the revision, and the store refuses a write whose position is not above the stored one, so of
 * two writers who read the same revision exactly one wins. Resolves whether this one did.
 */
export function writePointer(store: ReadModelStore, logical: string, pointer: ReadModelPointer, readAt: number): Promise<boolean> {
  return store.put(POINTERS, logical, dropUndefined(pointer), readAt + 1);
}

function withoutStorage({ _id, _position, ...pointer }: StoredPointer): ReadModelPointer {
  return pointer;
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
