import type { EventDefinition } from '../event-definition';
import { intakeAssessmentEvents } from './intake-assessment';
import { intakeConsentEvents } from './intake-consent';
import { intakeCounsellingEvents } from './intake-counselling';
import { intakeRegistrationEvents } from './intake-registration';

/** Every event the intake domain can emit (CaseEvent), one schema per version. */
export const intakeEvents: EventDefinition[] = [...intakeRegistrationEvents, ...intakeCounsellingEvents, ...intakeAssessmentEvents, ...intakeConsentEvents];
