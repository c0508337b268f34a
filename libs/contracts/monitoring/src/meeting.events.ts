import type { Dimension, ElementStatus } from '@homeward/contracts/planning';
import type { AttendeeRole, MeetingMode, WDirection } from './vocabulary';

/**
 * A follow-up meeting was held: how, who took part (by role), where each plan element stands, and
 * whether the returnee's situation changed radically. What was said is personal: the notes, her
 * feedback, the names of those present.
 */
export interface FollowUpMeetingRecorded {
  type: 'monitoring.FollowUpMeetingRecorded';
  data: {
    caseId: string;
    meetingId: string;
    /** The scheduled meeting it held, if it held one. */
    followUpId?: string;
    heldOn: string;
    mode: MeetingMode;
    attendees: AttendeeRole[];
    elementStatuses: Array<{ elementId: string; status: ElementStatus }>;
    radicalChangeReported: boolean;
    recordedAt: string;
    personal?: { notes?: string; feedback?: string; attendeeNames?: string[] };
  };
}

/** A high or a low of the return journey (the W-model): when, in which dimension, which way and how strongly; what happened is personal. */
export interface WModelPointRecorded {
  type: 'monitoring.WModelPointRecorded';
  data: {
    caseId: string;
    pointId: string;
    /** The meeting it was told at, if it was. */
    meetingId?: string;
    occurredOn: string;
    dimension: Dimension;
    direction: WDirection;
    intensity: number;
    recordedAt: string;
    personal: { whatHappened: string };
  };
}

export type MeetingEvent = FollowUpMeetingRecorded | WModelPointRecorded;
