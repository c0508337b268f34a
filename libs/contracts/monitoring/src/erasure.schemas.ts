import type { EventDefinition } from '@homeward/events/catalogue';
import { closed, id, isoDateTime } from '@homeward/events/catalogue';

export const monitoringErasureEvents: EventDefinition[] = [
  {
    type: 'monitoring.ReturneeErasureNoted',
    context: 'monitoring',
    description: "Intake erased the returnee's personal data: monitoring records nothing more about her; what it recorded stays, its words unreadable. No personal data.",
    versions: { 1: closed({ caseId: id, erasedAt: isoDateTime }, ['caseId', 'erasedAt']) },
  },
];
