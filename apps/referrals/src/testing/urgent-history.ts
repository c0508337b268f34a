import { referralsDecider, type CaseReferrals, type ProviderSnapshot, type ReferralsCommand } from '@homeward/domain';
import { referralsContract, type ReferralUrgency, type SharedReferralData } from '@homeward/contracts/referrals';
import { catalogueOf, type RecordedEvent } from '@homeward/events';

type Input<D> = D extends unknown ? Omit<D, 'caseId'> : never;
type CommandData = { [C in ReferralsCommand as C['type']]: Input<C['data']> };
type Who = { userId?: string; role?: string };

let globalPosition = 0;
const catalogue = catalogueOf([referralsContract]);

export const OPENED_AT = '2027-01-05T10:00:00.000Z';
export const EMERGENCY_CLINIC: ProviderSnapshot = { providerId: 'prov-clinic', status: 'active', country: 'SN', areas: ['SN-DK'], services: [{ serviceType: 'emergency_health' }] };
export const KNOWN: SharedReferralData = { needSummary: 'medical, life_threatening' };
export const hoursAfter = (hours: number, from = OPENED_AT) => new Date(Date.parse(from) + hours * 3_600_000).toISOString();

/**
 * A case's referrals stream as the store records it, made by the real decider, so the read side's
 * specs read the events referrals actually appends. Tests only.
 */
export class UrgentHistory {
  readonly events: RecordedEvent[] = [];
  private state: CaseReferrals = referralsDecider.initialState();

  constructor(
    readonly caseId: string,
    readonly office = 'SN',
  ) {}

  /** An urgent need referred as the reaction does it, acknowledged within `hours`; sent at once under the emergency exception. */
  static opened(caseId: string, { needId = `n-${caseId}`, hours = 24, urgency = 'life_threatening', office = 'SN' }: { needId?: string; hours?: number; urgency?: ReferralUrgency; office?: string } = {}): UrgentHistory {
    const history = new UrgentHistory(caseId, office);
    history.run(OPENED_AT, 'OpenUrgentReferral', {
      referralId: `urgent-${needId}`,
      unmetNeedId: `unmet-${needId}`,
      needId,
      serviceNeeded: 'medical',
      urgency,
      office,
      candidates: [EMERGENCY_CLINIC],
      acknowledgeWithinHours: hours,
      returnee: KNOWN,
    });
    return history;
  }

  run<T extends ReferralsCommand['type']>(now: string, type: T, data: CommandData[T], { userId = 'open-urgent-referral-when-urgent-need-identified', role = 'system' }: Who = {}): RecordedEvent[] {
    const command = { type, data: { ...data, caseId: this.caseId }, metadata: { now, today: now.slice(0, 10), userId, role } } as ReferralsCommand;
    const appended = referralsDecider.decide(command, this.state).map((event): RecordedEvent => {
      this.state = referralsDecider.evolve(this.state, event);
      const position = ++globalPosition;
      return {
        eventId: `evt-${position}`,
        streamId: `referrals-${this.caseId}`,
        streamVersion: this.events.length + 1,
        globalPosition: position,
        type: event.type,
        schemaVersion: catalogue.currentVersion(event.type),
        occurredAt: now,
        recordedAt: now,
        actor: { userId, role: role as RecordedEvent['actor']['role'] },
        country: this.office,
        correlationId: 'test',
        causationId: null,
        data: event.data as unknown as RecordedEvent['data'],
      };
    });
    this.events.push(...appended);
    return appended;
  }

  acknowledge(now: string, referralId: string) {
    return this.run(now, 'AcknowledgeReferral', { referralId }, { userId: 'pu-clinic', role: 'service_provider' });
  }

  escalate(now: string, referralId: string, office?: string) {
    return this.run(now, 'EscalateReferral', { referralId, ...(office ? { office } : {}) }, { userId: 'escalate-urgent-referral-when-unacknowledged' });
  }
}
