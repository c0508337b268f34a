import { URGENCIES } from '@homeward/contracts/intake';
import type { EventDefinition } from '@homeward/events/catalogue';
import { closed, enumOf, id, isoDateTime } from '@homeward/events/catalogue';

export const planningScreeningEvents: EventDefinition[] = [
  {
    type: 'planning.VulnerabilityScreeningNoted',
    context: 'planning',
    description:
      "Intake screened a vulnerability of the returnee, of this urgency: noted so that the plan's author confirms it. The area screened is sensitive and stays in intake; no personal data.",
    versions: { 1: closed({ caseId: id, screeningId: id, urgency: enumOf(URGENCIES), screenedAt: isoDateTime }, ['caseId', 'screeningId', 'urgency', 'screenedAt']) },
  },
];
