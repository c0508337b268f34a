import type { ConsentEvent, PersonalDataShared, ReturneeDetailsShared } from './consent.events';
import type { AssessmentEvent } from './assessment.events';
import type { CounsellingEvent } from './counselling.events';
import type { FamilyEvent } from './family.events';
import type { RegistrationEvent } from './registration.events';
import type { ReturneeErased } from './erasure.events';

/** Everything that can happen to a case in intake, in its one stream. */
export type CaseEvent =
  | RegistrationEvent
  | FamilyEvent
  | CounsellingEvent
  | AssessmentEvent
  | ConsentEvent
  | PersonalDataShared
  | ReturneeDetailsShared
  | ReturneeErased;

/** Written as a record so that a new event in the union fails to compile until it is listed here. */
const EVERY_CASE_EVENT: Record<CaseEvent['type'], true> = {
  'intake.ReturneeRegistered': true,
  'intake.CaseOpened': true,
  'intake.ReturneeArrived': true,
  'intake.CaseTransferred': true,
  'intake.CaseAssigned': true,
  'intake.ReturnCircumstancesRecorded': true,
  'intake.ContactDetailsChanged': true,
  'intake.IdentityCorrected': true,
  'intake.FamilyMemberJoined': true,
  'intake.FamilyMemberLeft': true,
  'intake.CounsellingSessionScheduled': true,
  'intake.CounsellingSessionStarted': true,
  'intake.CounsellingStepRecorded': true,
  'intake.CounsellingSessionPaused': true,
  'intake.CounsellingSessionResumed': true,
  'intake.CounsellingSessionEnded': true,
  'intake.IndividualFactorAssessed': true,
  'intake.VulnerabilityScreened': true,
  'intake.UrgentNeedIdentified': true,
  'intake.UrgentNeedAddressed': true,
  'intake.ConsentGiven': true,
  'intake.ConsentRefused': true,
  'intake.ConsentWithdrawn': true,
  'intake.PersonalDataShared': true,
  'intake.ReturneeErased': true,
  'intake.ReturneeDetailsShared': true,
};

/** Every event type of an intake case. */
export const CASE_EVENT_TYPES = Object.keys(EVERY_CASE_EVENT) as Array<CaseEvent['type']>;
