import type { EventDefinition } from '@homeward/events/catalogue';
import { closed, id, isoDate, isoDateTime, label, listOf, text } from '@homeward/events/catalogue';
import { MAX_SAFETY_PLAN_ITEMS } from './vocabulary';
import { PROTECTION } from './protection';

const items = (min: number) => ({ ...listOf(label(1000), MAX_SAFETY_PLAN_ITEMS), minItems: min });
const contact = closed({ name: label(200), relationship: label(100), phone: label(40) }, ['name']);

/** Safety planning and relocation: what a returnee at risk will do and where they will go. Sensitive throughout. */
export const referralsSafetyEvents: EventDefinition[] = [
  {
    type: 'referrals.SafetyPlanRecorded',
    context: 'referrals',
    description:
      'A safety plan made with the returnee: risks, mitigations, coping strategies, emergency contacts and how to reach safe emergency services, all personal and sealed under the protection key. Outside personal only that a plan exists.',
    sensitive: () => true,
    sensitiveKeyClass: PROTECTION,
    versions: {
      1: closed(
        {
          caseId: id,
          safetyPlanId: id,
          recordedAt: isoDateTime,
          personal: closed(
            { risks: items(1), mitigations: items(1), copingStrategies: items(0), emergencyContacts: listOf(contact, MAX_SAFETY_PLAN_ITEMS), emergencyServices: text(2000) },
            ['risks', 'mitigations', 'emergencyContacts'],
          ),
        },
        ['caseId', 'safetyPlanId', 'recordedAt'],
      ),
    },
  },
  {
    type: 'referrals.RelocationDecided',
    context: 'referrals',
    description: 'Relocation to another area with services was decided; where to and why are personal and sealed under the protection key. Outside personal only that it was decided, and when.',
    sensitive: () => true,
    sensitiveKeyClass: PROTECTION,
    versions: {
      1: closed(
        { caseId: id, relocationId: id, decidedOn: isoDate, decidedAt: isoDateTime, personal: closed({ toArea: label(200), reason: label(2000) }, ['toArea', 'reason']) },
        ['caseId', 'relocationId', 'decidedOn', 'decidedAt'],
      ),
    },
  },
];
