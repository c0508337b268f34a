import type { EventDefinition } from '@homeward/events/catalogue';
import { closed, enumOf, id, isoDateTime } from '@homeward/events/catalogue';
import { ERASURE_REASONS } from './vocabulary';

/** Erasure of a returnee's personal data: no personal part, ever (it would be sealed under the keys it destroys). */
export const intakeErasureEvents: EventDefinition[] = [
  {
    type: 'intake.ReturneeErased',
    context: 'intake',
    description:
      "The returnee's personal data was erased at their request or on another ground of GDPR article 17 (`reason`, a code): their keys are destroyed, every personal part of the case reads as erased in every service. Who asked is the event's actor (a supervisor or an admin). It carries no personal data.",
    versions: {
      1: closed({ caseId: id, returneeId: id, erasedAt: isoDateTime, reason: enumOf(ERASURE_REASONS) }, ['caseId', 'returneeId', 'erasedAt', 'reason']),
    },
    erasure: true,
  },
];
