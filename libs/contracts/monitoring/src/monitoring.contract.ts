import type { ContextContract } from '@homeward/events/catalogue';
import { monitoringAlertEvents } from './alert.schemas';
import { monitoringClosureEvents } from './closure.schemas';
import { monitoringErasureEvents } from './erasure.schemas';
import { monitoringMeetingEvents } from './meeting.schemas';
import { monitoringRssEvents } from './rss.schemas';
import { monitoringScheduleEvents } from './schedule.schemas';

/** Monitoring's published language: every event the monitoring domain can emit (MonitoringEvent), one schema per version. */
export const monitoringContract: ContextContract = {
  context: 'monitoring',
  events: [...monitoringScheduleEvents, ...monitoringMeetingEvents, ...monitoringRssEvents, ...monitoringAlertEvents, ...monitoringClosureEvents, ...monitoringErasureEvents],
};
