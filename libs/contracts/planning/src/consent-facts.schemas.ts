import { notedConsentSchema } from '@homeward/contracts/intake';
import type { EventDefinition } from '@homeward/events/catalogue';

export const planningConsentEvents: EventDefinition[] = [
  {
    type: 'planning.ConsentNoted',
    context: 'planning',
    description:
      "A decision of intake's consent register (given, refused or withdrawn), as planning keeps it to decide which plan versions may become active; copied from intake's topic, it carries no personal data.",
    versions: { 1: notedConsentSchema() },
  },
];
