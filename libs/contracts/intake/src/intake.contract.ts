import type { ContextContract } from '@homeward/events/catalogue';
import { intakeAssessmentEvents } from './assessment.schemas';
import { intakeConsentEvents } from './consent.schemas';
import { intakeCounsellingEvents } from './counselling.schemas';
import { intakeRegistrationEvents } from './registration.schemas';
import { intakeErasureEvents } from './erasure.schemas';

/** Intake's published language: every event the intake domain can emit (CaseEvent), one schema per version. */
export const intakeContract: ContextContract = {
  context: 'intake',
  events: [...intakeRegistrationEvents, ...intakeCounsellingEvents, ...intakeAssessmentEvents, ...intakeConsentEvents, ...intakeErasureEvents],
};
