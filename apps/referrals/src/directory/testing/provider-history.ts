export { onEveryReadModelStore } from '@homeward/events/testing';
import { providerDecider, type ProviderCommand, type ProviderState } from '@homeward/domain';
import type { ProviderEvent, ProviderProfile } from '@homeward/contracts/referrals';
import { type ReadModelStore, type RecordedEvent } from '@homeward/events';
import { project } from '@homeward/testing/intake';
import { directoryProjection } from '../directory.projection';

let globalPosition = 0;

type Input<C extends ProviderCommand> = C extends unknown ? Omit<C['data'], 'providerId'> : never;

/** One provider's stream as the store records it, made by the real decider, so projection tests read what referrals appends. */
export class ProviderHistory {
  readonly events: RecordedEvent[] = [];
  private state: ProviderState = providerDecider.initialState();

  constructor(readonly providerId: string) {}

  static registered(providerId: string, profile: ProviderProfile, now = '2027-01-04T09:00:00.000Z'): ProviderHistory {
    const history = new ProviderHistory(providerId);
    history.run(now, 'RegisterProvider', { profile });
    return history;
  }

  run<C extends ProviderCommand>(now: string, type: C['type'], data: Input<C>): this {
    const command = { type, data: { providerId: this.providerId, ...data }, metadata: { now, today: now.slice(0, 10), userId: 'sup-sn-1', role: 'supervisor' } } as ProviderCommand;
    for (const event of providerDecider.decide(command, this.state) as ProviderEvent[]) {
      this.state = providerDecider.evolve(this.state, event);
      const position = ++globalPosition;
      this.events.push({
        eventId: `evt-p-${position}`,
        streamId: `provider-${this.providerId}`,
        streamVersion: this.events.length + 1,
        globalPosition: position,
        type: event.type,
        schemaVersion: 1,
        occurredAt: now,
        recordedAt: now,
        actor: { userId: 'sup-sn-1', role: 'supervisor' },
        country: this.state.status === 'none' ? '' : this.state.profile.country,
        correlationId: 'test',
        causationId: null,
        data: event.data as unknown as RecordedEvent['data'],
      });
    }
    return this;
  }
}

/** A profile of the directory, as a country office registers it; the test says what differs. */
export function profile(over: Partial<ProviderProfile> = {}): ProviderProfile {
  return {
    name: 'Centre de formation professionnelle de Dakar',
    country: 'SN',
    areas: [{ code: 'SN-DK', name: 'Dakar' }],
    services: [{ serviceType: 'vocational_training', eligibility: { minAge: 18 }, languages: ['fr', 'wo'], capacityPerMonth: 12 }],
    contact: { phone: '+221 33 800 11 22', email: 'accueil@cfp-dakar.sn' },
    ...over,
  };
}

/** Declares the directory as the service does and stores what its projection makes of these events. */
export async function projectDirectory(readModels: ReadModelStore, events: RecordedEvent[]): Promise<void> {
  await readModels.declare(directoryProjection.collection, directoryProjection.indexes ?? []);
  for (const [id, doc] of project(directoryProjection, events)) await readModels.put(directoryProjection.collection, id, doc, 1);
}
