import { ERASED, isErasedPart } from '@homeward/events/catalogue';

export { ERASED, ERASED_PART, isErasedPart } from '@homeward/events/catalogue';
import type { CaseEvent } from './case.events';
import type { ErasureReason } from './vocabulary';

/**
 * The returnee's personal data was erased: their keys are destroyed, so every personal part of the
 * case reads as erased from now on, in every service. The case and its history stay; the event
 * itself holds nothing personal (who asked is its actor, why is a code).
 */
export interface ReturneeErased {
  type: 'intake.ReturneeErased';
  data: { caseId: string; returneeId: string; erasedAt: string; reason: ErasureReason };
}

type StandIn = ((data: Record<string, unknown>) => Record<string, unknown>) | 'nothing left';

/**
 * What an event whose personal part was erased still says, for the folds that read it (a decider, a
 * rebuild): a stand-in where the rest of the event needs one, nothing where all it said was personal
 * (which family member joined, which factor was assessed, what a screening found). Events not named
 * here read without a personal part, which they never require.
 */
const STAND_INS: Partial<Record<CaseEvent['type'], StandIn>> = {
  'intake.ReturneeRegistered': () => ({ firstName: ERASED, lastName: ERASED, dateOfBirth: ERASED }),
  'intake.IdentityCorrected': () => ({ reason: ERASED }),
  'intake.ContactDetailsChanged': () => ({}),
  'intake.CaseTransferred': () => ({ handoverNote: ERASED }),
  // Which step is public; what was done at it is not.
  'intake.CounsellingStepRecorded': (data) => ({ step: data.step }),
  'intake.FamilyMemberJoined': 'nothing left',
  'intake.IndividualFactorAssessed': 'nothing left',
  'intake.VulnerabilityScreened': 'nothing left',
  // All it said was who she is.
  'intake.ReturneeDetailsShared': 'nothing left',
};

/** The event as it reads once the person is erased; null when nothing of it is left to fold. */
export function afterErasure<E extends { type: string; data: object }>(event: E): E | null {
  const { personal, ...rest } = event.data as { personal?: unknown } & Record<string, unknown>;
  if (!isErasedPart(personal)) return event;
  const standIn = STAND_INS[event.type as CaseEvent['type']];
  if (standIn === 'nothing left') return null;
  return { ...event, data: standIn ? { ...rest, personal: standIn(rest) } : rest };
}
