import type { EventDefinition } from '@homeward/events/catalogue';
import { closed, id, isoDateTime } from '@homeward/events/catalogue';

export const referralsErasureEvents: EventDefinition[] = [
  {
    type: 'referrals.ReturneeErasureNoted',
    context: 'referrals',
    description: "Intake erased the returnee's personal data: the case's referrals take nothing more. No personal data.",
    versions: { 1: closed({ caseId: id, erasedAt: isoDateTime }, ['caseId', 'erasedAt']) },
  },
];
