import { W_INTENSITY_MAX, W_INTENSITY_MIN, type MonitoringEvent } from '@homeward/contracts/monitoring';
import type { CommandMetadata } from '../shared/command-metadata';
import { definedFields as defined } from '../shared/defined-fields';
import { notInFuture } from '../shared/dates';
import type { RecordFollowUpMeeting, RecordWModelPoint, WModelPointInput } from './monitoring.commands';
import { MonitoringError } from './monitoring.errors';
import { pendingFollowUp, requireOpen } from './monitoring.guards';
import type { CaseMonitoring } from './monitoring.state';

/**
 * A follow-up meeting, face to face by preference, else by phone or email (handbook 2.3.3): who took
 * part, where each plan element stands, her feedback, and the highs and lows she told (the W-model).
 * A radical change in her situation prompts a plan review.
 */
export function recordFollowUpMeeting({ data, metadata }: RecordFollowUpMeeting, state: CaseMonitoring): MonitoringEvent[] {
  requireOpen(state);
  if (state.meetingIds.includes(data.meetingId)) throw new MonitoringError('MEETING_ALREADY_RECORDED', `Meeting ${data.meetingId} is already recorded`, 'meetingId');
  notInFuture(data.heldOn, metadata.today, 'heldOn', 'The day of the meeting');
  if (data.followUpId) pendingFollowUp(state, data.followUpId, 'meeting');
  if (data.attendees.length === 0 || new Set(data.attendees).size !== data.attendees.length) throw new MonitoringError('ATTENDEES_REQUIRED', undefined, 'attendees');
  checkElementStatuses(data.elementStatuses, state);
  const points = data.wModelPoints ?? [];
  points.forEach((point, i) => checkPoint(point, state, metadata, `wModelPoints.${i}`));
  if (new Set(points.map((p) => p.pointId)).size !== points.length) throw new MonitoringError('POINT_ALREADY_RECORDED', 'Each W-model point of a meeting has its own id', 'wModelPoints');
  const { notes, feedback, attendeeNames } = data;
  const personal = defined({ notes, feedback, attendeeNames: attendeeNames?.length ? attendeeNames : undefined });
  const radicalChangeReported = data.radicalChangeReported ?? false;
  return [
    {
      type: 'monitoring.FollowUpMeetingRecorded',
      data: {
        caseId: data.caseId,
        meetingId: data.meetingId,
        ...defined({ followUpId: data.followUpId }),
        heldOn: data.heldOn,
        mode: data.mode,
        attendees: data.attendees,
        elementStatuses: data.elementStatuses,
        radicalChangeReported,
        recordedAt: metadata.now,
        ...(Object.keys(personal).length ? { personal } : {}),
      },
    },
    ...points.map((point) => pointRecorded(data.caseId, point, metadata, data.meetingId)),
    ...(radicalChangeReported
      ? [{ type: 'monitoring.PlanReviewRecommended' as const, data: { caseId: data.caseId, reason: 'radical_change' as const, meetingId: data.meetingId, recommendedAt: metadata.now } }]
      : []),
  ];
}

/** A high or a low of the return journey, told on its own. */
export function recordWModelPoint({ data, metadata }: RecordWModelPoint, state: CaseMonitoring): MonitoringEvent[] {
  requireOpen(state);
  checkPoint(data, state, metadata, '');
  return [pointRecorded(data.caseId, data, metadata)];
}

function checkElementStatuses(statuses: RecordFollowUpMeeting['data']['elementStatuses'], state: CaseMonitoring): void {
  const seen = new Set<string>();
  statuses.forEach(({ elementId }, i) => {
    if (!state.plan?.elements[elementId]) throw new MonitoringError('ELEMENT_NOT_IN_PLAN', `The plan has no element ${elementId}`, `elementStatuses.${i}.elementId`);
    if (seen.has(elementId)) throw new MonitoringError('ELEMENT_STATUS_REPEATED', `Element ${elementId} is given two statuses`, `elementStatuses.${i}.elementId`);
    seen.add(elementId);
  });
}

function checkPoint(point: WModelPointInput, state: CaseMonitoring, metadata: CommandMetadata, at: string): void {
  const field = (name: string) => (at ? `${at}.${name}` : name);
  if (state.pointIds.includes(point.pointId)) throw new MonitoringError('POINT_ALREADY_RECORDED', `W-model point ${point.pointId} is already recorded`, field('pointId'));
  notInFuture(point.occurredOn, metadata.today, field('occurredOn'), 'What happened');
  if (!Number.isInteger(point.intensity) || point.intensity < W_INTENSITY_MIN || point.intensity > W_INTENSITY_MAX) throw new MonitoringError('W_INTENSITY_OUT_OF_RANGE', undefined, field('intensity'));
  if (!point.whatHappened.trim()) throw new MonitoringError('WHAT_HAPPENED_REQUIRED', undefined, field('whatHappened'));
}

function pointRecorded(caseId: string, point: WModelPointInput, metadata: CommandMetadata, meetingId?: string): MonitoringEvent {
  const { pointId, occurredOn, dimension, direction, intensity, whatHappened } = point;
  return { type: 'monitoring.WModelPointRecorded', data: { caseId, pointId, ...defined({ meetingId }), occurredOn, dimension, direction, intensity, recordedAt: metadata.now, personal: { whatHappened } } };
}
