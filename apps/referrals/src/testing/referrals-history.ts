export { onEveryReadModelStore } from '@homeward/events/testing';
import { referralsDecider, type CaseReferrals, type ReferralsCommand } from '@homeward/domain';
import type { ReferralsEvent } from '@homeward/contracts/referrals';
import type { Projection, ReadModelStore, RecordedEvent, Role } from '@homeward/events';
import { project } from '@homeward/testing/intake';

let position = 10_000;
type Input<D> = D extends unknown ? Omit<D, 'caseId'> : never;
type Data = { [C in ReferralsCommand as C['type']]: Input<C['data']> };

/** A case's referrals stream as the store records it, made by the real decider, for projection and query tests. */
export class ReferralsHistory {
  readonly events: RecordedEvent[] = [];
  private state: CaseReferrals = referralsDecider.initialState();

  constructor(
    readonly caseId: string,
    readonly country = 'SN',
  ) {}

  run<T extends ReferralsCommand['type']>(type: T, data: Data[T], now = '2027-01-05T10:00:00.000Z', role: Role = 'case_manager'): this {
    const command = { type, data: { ...data, caseId: this.caseId }, metadata: { now, today: now.slice(0, 10), userId: 'cm-sn-1', role } } as ReferralsCommand;
    for (const event of referralsDecider.decide(command, this.state) as ReferralsEvent[]) {
      this.state = referralsDecider.evolve(this.state, event);
      const globalPosition = ++position;
      this.events.push({
        eventId: `evt-${globalPosition}`,
        streamId: `referrals-${this.caseId}`,
        streamVersion: this.events.length + 1,
        globalPosition,
        type: event.type,
        schemaVersion: 1,
        occurredAt: now,
        recordedAt: now,
        actor: { userId: 'cm-sn-1', role },
        country: this.country,
        correlationId: 'test',
        causationId: null,
        data: event.data as unknown as RecordedEvent['data'],
      });
    }
    return this;
  }

  /** Records a need no provider could meet. */
  unmet(unmetNeedId: string, serviceType: Data['RecordUnmetNeed']['serviceType'], area?: string, now?: string): this {
    return this.run('RecordUnmetNeed', { unmetNeedId, serviceType, country: this.country, source: 'case_manager', ...(area ? { area } : {}) }, now);
  }
}

/** Declares the read model as the service does and stores what the projection makes of these events. */
export async function projectInto(readModels: ReadModelStore, projection: Projection, events: RecordedEvent[]): Promise<void> {
  await readModels.declare(projection.collection, projection.indexes ?? []);
  for (const [id, doc] of project(projection, events)) await readModels.put(projection.collection, id, doc, 1);
}
