import type { EventDefinition } from '@homeward/events/catalogue';
import { closed, id, isoDateTime } from '@homeward/events/catalogue';

export const planningErasureEvents: EventDefinition[] = [
  {
    type: 'planning.ReturneeErasureNoted',
    context: 'planning',
    description: "Intake erased the returnee's personal data: the plan takes nothing more (and is closed if it was open). No personal data.",
    versions: { 1: closed({ caseId: id, erasedAt: isoDateTime }, ['caseId', 'erasedAt']) },
  },
];
