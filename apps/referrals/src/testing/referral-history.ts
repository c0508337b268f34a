import { decideReferrals, evolveReferrals, initialReferralsState, type CaseReferrals, type ProviderSnapshot, type ReferralsCommand } from '@homeward/domain';
import type { RecordedEvent, Role } from '@homeward/events';

type Input<D> = D extends unknown ? Omit<D, 'caseId'> : never;
/** Each command's data without the case id, keyed by its type, so a command's type stays tied to its data. */
type CommandData = { [C in ReferralsCommand as C['type']]: Input<C['data']> };
type Who = { userId?: string; role?: Role | 'system' };

let globalPosition = 0;

export const TVET: ProviderSnapshot = { providerId: 'prov-tvet', status: 'active', country: 'SN', areas: ['SN-DK'], services: [{ serviceType: 'vocational_training' }] };
export const AWA = { firstName: 'Awa', lastName: 'Diallo', sex: 'female' as const, ageYears: 32, language: 'fr', phone: '+221 77 000 00 00' };

/**
 * A case's referrals stream as the store records it, made by the real decider, so the read side's specs
 * read the events referrals actually appends. Tests only: never imported by the code they test.
 */
export class ReferralHistory {
  readonly events: RecordedEvent[] = [];
  private state: CaseReferrals = initialReferralsState();

  constructor(readonly caseId = 'c-1') {}

  run<T extends ReferralsCommand['type']>(now: string, type: T, data: CommandData[T], { userId = 'cm-sn', role = 'case_manager' }: Who = {}): RecordedEvent[] {
    const command = { type, data: { ...data, caseId: this.caseId }, metadata: { now, today: now.slice(0, 10), userId, role } } as ReferralsCommand;
    const appended = decideReferrals(command, this.state).map((e): RecordedEvent => {
      this.state = evolveReferrals(this.state, e);
      const position = ++globalPosition;
      return {
        eventId: `evt-r-${position}`,
        streamId: `referrals-${this.caseId}`,
        streamVersion: this.events.length + 1,
        globalPosition: position,
        type: e.type,
        schemaVersion: 1,
        occurredAt: now,
        recordedAt: now,
        actor: { userId, role: role as Role },
        country: 'SN',
        correlationId: 'test',
        causationId: null,
        data: e.data as unknown as RecordedEvent['data'],
      };
    });
    this.events.push(...appended);
    return appended;
  }

  /** Her consent to referral to the training centre, as referrals' reaction to intake notes it. */
  consentToTraining(now: string, consentId = 'k-ref'): RecordedEvent[] {
    const decidedOn = now.slice(0, 10);
    const data = { consentId, purpose: 'referral' as const, recipient: { recipientId: TVET.providerId, name: 'Centre' }, decision: 'given' as const, decidedOn, decidedAt: now, formVersion: 'ref-v1', language: 'fr', dataCategories: ['identity' as const, 'contact' as const] };
    return this.run(now, 'NoteConsent', data, { userId: 'referrals', role: 'system' });
  }

  withdraw(now: string, consentId = 'k-ref'): RecordedEvent[] {
    return this.run(now, 'NoteConsent', { consentId, purpose: 'referral', recipient: { recipientId: TVET.providerId, name: 'Centre' }, decision: 'withdrawn', withdrawnOn: now.slice(0, 10) }, { userId: 'referrals', role: 'system' });
  }

  /** A referral to the training centre requested with a note and sent under her consent. */
  sentTraining(now: string, referralId: string): RecordedEvent[] {
    return [
      ...this.run(now, 'RequestReferral', { referralId, source: { kind: 'case_manager' }, serviceType: 'vocational_training', provider: TVET, office: 'SN', note: 'Mornings only' }),
      ...this.run(now, 'SendReferral', { referralId, provider: TVET, returnee: AWA }),
    ];
  }
}
