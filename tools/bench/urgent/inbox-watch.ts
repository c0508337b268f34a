import { REFERRAL_LIST, referralDocumentId } from '../../../apps/referrals/src/referral-lists/referral-list.projection';

/** What the watch asks of referrals' read models: documents by id (the store itself, or a proxy to a process holding it). */
export interface DocumentsById {
  getMany<T>(collection: string, ids: string[]): Promise<Array<T & { _id: string }>>;
}

/**
 * Looks for urgent referrals in the provider's inbox: the read model `GET /inbox` pages through
 * (referral_list, a referral in it once it names the provider it was sent to), asked by id (one
 * query for every referral not seen yet) every `pollMs`. A referral counts as seen at the start of the
 * query that first returns it, so the figure is late by at most one interval plus one query, never
 * early. Asking the read model rather than `GET /inbox` keeps the probe from loading referrals' HTTP side.
 */
export class InboxWatch {
  private readonly pending = new Set<string>();
  /** When the query that first found each referral started (epoch ms with a fraction), by its document id. */
  readonly seenAt = new Map<string, number>();
  private running = true;
  private loop?: Promise<void>;
  polls = 0;
  errors = 0;

  constructor(
    private readonly documents: DocumentsById,
    private readonly pollMs: number,
  ) {}

  static idOf(caseId: string, needId: string): string {
    return referralDocumentId(caseId, `urgent-${needId}`);
  }

  start(): void {
    this.loop = (async () => {
      while (this.running) {
        if (this.pending.size) await this.poll();
        await new Promise((r) => setTimeout(r, this.pollMs));
      }
    })();
  }

  expect(id: string): void {
    if (!this.seenAt.has(id)) this.pending.add(id);
  }

  /** Resolves once every expected referral was seen, or at the deadline: how many are still missing. */
  async drained(deadline: number): Promise<number> {
    while (this.pending.size && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    return this.pending.size;
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  private async poll(): Promise<void> {
    const asked = performance.timeOrigin + performance.now();
    this.polls++;
    try {
      for (const doc of await this.documents.getMany<{ addressedTo?: string }>(REFERRAL_LIST, [...this.pending])) {
        if (!doc.addressedTo) continue;
        this.pending.delete(doc._id);
        this.seenAt.set(doc._id, asked);
      }
    } catch {
      this.errors++;
    }
  }
}
