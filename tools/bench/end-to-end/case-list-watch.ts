import type { ReadModelStore } from '@homeward/events';
import { CASE_LIST } from '../../../apps/monitoring/src/case-list/case-list.projection';

/**
 * Looks for answered cases in monitoring's case list: the read model `GET /cases` pages through,
 * asked by id (one indexed query for every case not seen yet) every `pollMs`. A case counts as seen
 * at the start of the query that first returns it, so the figure is late by at most one interval
 * plus one query, never early. Asking the read model rather than `GET /cases` keeps the probe from
 * loading monitoring's HTTP side, whose answers come from the very same documents.
 */
export class CaseListWatch {
  private readonly pending = new Set<string>();
  readonly seenAt = new Map<string, number>();
  private running = true;
  private loop?: Promise<void>;
  /** Queries made and errors met: a watch that fails would read as latency. */
  polls = 0;
  errors = 0;

  constructor(
    private readonly readModels: ReadModelStore,
    private readonly pollMs: number,
  ) {}

  start(): void {
    this.loop = (async () => {
      while (this.running) {
        if (this.pending.size) await this.poll();
        await new Promise((r) => setTimeout(r, this.pollMs));
      }
    })();
  }

  expect(caseId: string): void {
    if (!this.seenAt.has(caseId)) this.pending.add(caseId);
  }

  /** Resolves once every expected case was seen, or at the deadline: how many are still missing. */
  async drained(deadline: number): Promise<number> {
    while (this.pending.size && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    return this.pending.size;
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  private async poll(): Promise<void> {
    const asked = Date.now();
    this.polls++;
    try {
      for (const doc of await this.readModels.getMany<{ caseId: string }>(CASE_LIST, [...this.pending])) {
        this.pending.delete(doc._id);
        this.seenAt.set(doc._id, asked);
      }
    } catch {
      this.errors++;
    }
  }
}
