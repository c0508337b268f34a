import type { ContextContract } from '@homeward/events';
import { intakeAssessmentEvents } from './assessment.events';
import { intakeConsentEvents } from './consent.events';
import { intakeCounsellingEvents } from './counselling.events';
import { intakeRegistrationEvents } from './registration.events';

/** Intake's published language: every event the intake domain can emit (CaseEvent), one schema per version. */
export const intakeContract: ContextContract = {
  context: 'intake',
  events: [...intakeRegistrationEvents, ...intakeCounsellingEvents, ...intakeAssessmentEvents, ...intakeConsentEvents],
};
