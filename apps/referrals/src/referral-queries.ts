import type { Type } from '@nestjs/common';
import type { Projection } from '@homeward/events';
import { directoryProjection } from './directory/directory.projection';
import { EmergencyExceptionsController } from './emergency-exceptions/emergency-exceptions.http.controller';
import { emergencyExceptionsProjection } from './emergency-exceptions/emergency-exceptions.projection';
import { ListEmergencyExceptionsHandler } from './emergency-exceptions/emergency-exceptions.query';
import { acknowledgementsDueProjection } from './escalation/acknowledgements-due.projection';
import { EscalationsController } from './escalation/escalations.http.controller';
import { escalationsProjection } from './escalation/escalations.projection';
import { ListEscalationsHandler } from './escalation/escalations.query';
import { caseOfficesProjection } from './urgent-referrals/case-offices.projection';

/** The read side of referrals: each read model, and the controllers and query handlers that answer from it. */
export const referralProjections: Projection[] = [
  directoryProjection as Projection,
  // The escalation deadline's to-do list, and the office each case is held by now.
  acknowledgementsDueProjection as Projection,
  caseOfficesProjection as Projection,
  escalationsProjection as Projection,
  emergencyExceptionsProjection as Projection,
];
export const referralQueryControllers: Type[] = [EscalationsController, EmergencyExceptionsController];
export const referralQueryHandlers: Type[] = [ListEscalationsHandler, ListEmergencyExceptionsHandler];
