import { FACTOR_ASSESSMENTS, INDIVIDUAL_FACTORS, SENSITIVE_AREAS, SENSITIVE_FACTORS, SERVICES_NEEDED, URGENCIES, VULNERABILITY_AREAS, type IndividualFactor, type VulnerabilityArea } from './vocabulary';
import type { EventDefinition } from '@homeward/events/catalogue';
import { closed, countryCode, enumOf, id, isoDateTime, text } from '@homeward/events/catalogue';

/** Individual factors, vulnerability screenings and the urgent needs they raise. */
export const intakeAssessmentEvents: EventDefinition[] = [
  {
    type: 'intake.IndividualFactorAssessed',
    context: 'intake',
    description: 'One individual factor of Table 2.1 was assessed; which factor, how it was assessed and the note are all personal, so a topic only shows that an assessment happened.',
    sensitive: (data) => SENSITIVE_FACTORS.includes((data.personal as { factor: IndividualFactor }).factor),
    versions: {
      1: closed(
        {
          caseId: id,
          assessedAt: isoDateTime,
          personal: closed({ factor: enumOf(INDIVIDUAL_FACTORS), assessment: enumOf(FACTOR_ASSESSMENTS), note: text(2000) }, ['factor', 'assessment', 'note']),
        },
        ['caseId', 'assessedAt'],
      ),
    },
  },
  {
    type: 'intake.VulnerabilityScreened',
    context: 'intake',
    description: 'A vulnerability screening was recorded with its urgency, typed in or derived by the platform; the area screened, its details and whether it was derived are personal.',
    sensitive: (data) => SENSITIVE_AREAS.includes((data.personal as { area: VulnerabilityArea }).area),
    versions: {
      1: closed(
        {
          caseId: id,
          screeningId: id,
          urgency: enumOf(URGENCIES),
          screenedAt: isoDateTime,
          personal: closed({ area: enumOf(VULNERABILITY_AREAS), details: text(4000), derived: { type: 'boolean' } }, ['area', 'derived']),
        },
        ['caseId', 'screeningId', 'urgency', 'screenedAt'],
      ),
    },
  },
  {
    type: 'intake.UrgentNeedIdentified',
    context: 'intake',
    description: 'A screening found a life-threatening or urgent need, with the kind of service it calls for and the office holding the case; it carries no personal data.',
    versions: {
      1: closed(
        {
          caseId: id,
          returneeId: id,
          needId: id,
          screeningId: id,
          serviceNeeded: enumOf(SERVICES_NEEDED),
          urgency: enumOf(URGENCIES.filter((u) => u !== 'routine')),
          identifiedAt: isoDateTime,
          office: countryCode,
        },
        ['caseId', 'returneeId', 'needId', 'screeningId', 'serviceNeeded', 'urgency', 'identifiedAt', 'office'],
      ),
    },
  },
  {
    type: 'intake.UrgentNeedAddressed',
    context: 'intake',
    description: 'An urgent need was marked as addressed; the note on how is personal.',
    versions: {
      1: closed({ caseId: id, needId: id, addressedAt: isoDateTime, personal: closed({ note: text(2000) }) }, ['caseId', 'needId', 'addressedAt']),
    },
  },
];
