import type { ConsentEvent, PersonalDataShared } from '../consent/consent.events';
import type { AssessmentEvent } from './assessment.events';
import type { CounsellingEvent } from './counselling.events';
import type { RegistrationEvent } from './registration.events';

/** Everything that can happen to a case in intake, in its one stream. */
export type CaseEvent = RegistrationEvent | CounsellingEvent | AssessmentEvent | ConsentEvent | PersonalDataShared;
