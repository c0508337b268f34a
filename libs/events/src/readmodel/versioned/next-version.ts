import { POINTERS, revisionOf, writePointer, type ReadModelPointer, type StoredPointer } from './read-model-pointer';
import type { VersionedReadModelStore } from './versioned-read-model-store';

/** Another rebuild of the same read model claimed it meanwhile: this one's work is dropped, the other's stands. */
export class RebuildSupersededError extends Error {
  override readonly name = 'RebuildSupersededError';
}

/**
 * A version of a read model being built beside the live one: filled by the rebuild, then made
 * the live one in a single pointer write, and the version it replaced dropped once every process
 * has had the time to read the new pointer.
 */
export class NextVersion {
  private switchedAt?: number;

  constructor(
    private readonly versions: VersionedReadModelStore,
    readonly logical: string,
    readonly replacing: ReadModelPointer,
    readonly building: { version: number; physical: string },
    private revision: number,
  ) {}

  get physical(): string {
    return this.building.physical;
  }

  get version(): number {
    return this.building.version;
  }

  /** Reads go to the new version from this write on (in other processes, from their next reload of the pointers). */
  async switchOver(): Promise<void> {
    const pointer: ReadModelPointer = {
      version: this.version,
      physical: this.physical,
      retired: [...new Set([...(this.replacing.retired ?? []), this.replacing.physical])],
      switchedAt: new Date().toISOString(),
    };
    if (!(await writePointer(this.versions.physical, this.logical, pointer, this.revision))) {
      throw new RebuildSupersededError(`Another rebuild of ${this.logical} took over while this one ran; ${this.physical} is dropped`);
    }
    this.revision++;
    this.switchedAt = Date.now();
    await this.versions.refresh();
  }

  /**
   * Whether another rebuild has claimed the read model since this one began: a failure meanwhile
   * (its collection dropped under a write by the rebuild that took over) is that, not a fault.
   */
  async superseded(): Promise<boolean> {
    const stored: StoredPointer | null = await this.versions.physical.get<ReadModelPointer>(POINTERS, this.logical);
    return !stored || revisionOf(stored) !== this.revision;
  }

  /** Drops what was built and clears the claim, unless another rebuild has claimed since. */
  async abandon(): Promise<void> {
    await this.versions.dropForGood(this.physical);
    await writePointer(this.versions.physical, this.logical, { ...this.replacing, building: undefined }, this.revision);
  }

  /**
   * Waits until no process can still be reading an old version (retireDelayMs after the switch),
   * then drops every version retired so far.
   * Resolves the collections dropped.
   */
  async retireOld(): Promise<string[]> {
    if (this.switchedAt === undefined) throw new Error(`${this.physical} is not live yet`);
    const wait = this.switchedAt + this.versions.retireDelayMs - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const stored: StoredPointer | null = await this.versions.physical.get<ReadModelPointer>(POINTERS, this.logical);
    if (!stored || stored.physical !== this.physical) return [];
    const retired = (stored.retired ?? []).filter((name) => name !== this.physical);
    for (const name of retired) await this.versions.dropForGood(name);
    // Lost to a rebuild that started meanwhile: it keeps the list and drops them again, harmlessly.
    const { retired: _, _id, _position, ...live } = stored;
    await writePointer(this.versions.physical, this.logical, live, revisionOf(stored));
    return retired;
  }
}
