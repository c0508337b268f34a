import type { EventDefinition } from '@homeward/events/catalogue';
import { closed, enumOf, id, isoDate, isoDateTime, label, listOf, setOf, text } from '@homeward/events/catalogue';
import { DIMENSIONS, ELEMENT_STATUSES, MAX_ELEMENTS } from '@homeward/contracts/planning';
import { ATTENDEE_ROLES, MAX_ATTENDEES, MEETING_MODES, W_DIRECTIONS, W_INTENSITY_MAX, W_INTENSITY_MIN } from './vocabulary';

/** Follow-up meetings and the W-model points told at them or on their own. */
export const monitoringMeetingEvents: EventDefinition[] = [
  {
    type: 'monitoring.FollowUpMeetingRecorded',
    context: 'monitoring',
    description:
      'A follow-up meeting was held on heldOn, face to face, by phone, email or a home visit: the roles of those present, the status of each plan element named, whether a radical change was reported, and the scheduled follow-up it held; the notes, the returnee’s feedback and the names of those present are personal.',
    versions: {
      1: closed(
        {
          caseId: id,
          meetingId: id,
          followUpId: id,
          heldOn: isoDate,
          mode: enumOf(MEETING_MODES),
          attendees: setOf(ATTENDEE_ROLES),
          elementStatuses: listOf(closed({ elementId: id, status: enumOf(ELEMENT_STATUSES) }, ['elementId', 'status']), MAX_ELEMENTS),
          radicalChangeReported: { type: 'boolean' },
          recordedAt: isoDateTime,
          personal: closed({ notes: text(4000), feedback: text(4000), attendeeNames: listOf(label(200), MAX_ATTENDEES) }),
        },
        ['caseId', 'meetingId', 'heldOn', 'mode', 'attendees', 'elementStatuses', 'radicalChangeReported', 'recordedAt'],
      ),
    },
  },
  {
    type: 'monitoring.WModelPointRecorded',
    context: 'monitoring',
    description: 'A high (up) or a low (down) of the return journey on occurredOn, in one dimension, with an intensity from 1 to 5, told at a meeting or on its own; what happened is personal.',
    versions: {
      1: closed(
        {
          caseId: id,
          pointId: id,
          meetingId: id,
          occurredOn: isoDate,
          dimension: enumOf(DIMENSIONS),
          direction: enumOf(W_DIRECTIONS),
          intensity: { type: 'integer', minimum: W_INTENSITY_MIN, maximum: W_INTENSITY_MAX },
          recordedAt: isoDateTime,
          personal: closed({ whatHappened: text(2000) }, ['whatHappened']),
        },
        ['caseId', 'pointId', 'occurredOn', 'dimension', 'direction', 'intensity', 'recordedAt'],
      ),
    },
  },
];
