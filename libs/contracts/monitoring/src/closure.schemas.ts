import type { EventDefinition } from '@homeward/events/catalogue';
import { closed, enumOf, id, isoDate, isoDateTime, label, listOf, text } from '@homeward/events/catalogue';
import { DIMENSIONS } from '@homeward/contracts/planning';
import { MAX_HANDOVERS, MONITORING_CLOSURE_REASONS } from './vocabulary';

/** The end of monitoring and its reopening. */
export const monitoringClosureEvents: EventDefinition[] = [
  {
    type: 'monitoring.MonitoringClosed',
    context: 'monitoring',
    description:
      'Monitoring of the case ended on closedOn (exit strategy completed, returnee withdrew, contact lost, relocated, deceased), with the mainstream services it was handed over to (organisation and dimension); alerts stop; the note is personal.',
    versions: {
      1: closed(
        {
          caseId: id,
          reason: enumOf(MONITORING_CLOSURE_REASONS),
          closedOn: isoDate,
          handover: listOf(closed({ organisation: label(200), dimension: enumOf(DIMENSIONS) }, ['organisation', 'dimension']), MAX_HANDOVERS),
          closedAt: isoDateTime,
          personal: closed({ note: text(2000) }),
        },
        ['caseId', 'reason', 'closedOn', 'handover', 'closedAt'],
      ),
    },
  },
  {
    type: 'monitoring.MonitoringReopened',
    context: 'monitoring',
    description: 'Monitoring of a closed case started again; the reason is personal.',
    versions: { 1: closed({ caseId: id, reopenedAt: isoDateTime, personal: closed({ reason: text(2000) }, ['reason']) }, ['caseId', 'reopenedAt']) },
  },
];
