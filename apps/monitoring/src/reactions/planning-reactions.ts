import type { PlanningTopicEvent } from '@homeward/contracts/planning';
import type { Reaction } from '@homeward/events';
import type { MonitoringReactionCommand } from './reaction-command-resolver';

type Topic<T extends PlanningTopicEvent['type']> = Extract<PlanningTopicEvent, { type: T }>;

// A revision is not followed until it is approved: its approval reschedules (the domain's noteApprovedPlan).
const HANDLED = ['planning.PlanApproved', 'planning.PlanCompleted', 'planning.PlanClosed'] as const satisfies readonly PlanningTopicEvent['type'][];

/** A version approved: monitoring schedules (or reschedules) from it, with what the dispatcher reads of the version. */
const approved = ({ data }: Topic<'planning.PlanApproved'>): MonitoringReactionCommand[] => [
  { type: 'NoteApprovedPlanOf', data: { caseId: data.caseId, planVersion: data.version, approvedAt: data.approvedAt } },
];

const ended = (event: Topic<'planning.PlanCompleted' | 'planning.PlanClosed'>): MonitoringReactionCommand[] => [
  event.type === 'planning.PlanCompleted'
    ? { type: 'NotePlanEndedAt', data: { caseId: event.data.caseId, outcome: 'completed', endedAt: event.data.completedAt } }
    : { type: 'NotePlanEndedAt', data: { caseId: event.data.caseId, outcome: 'closed', endedAt: event.data.closedAt } },
];

function react(event: PlanningTopicEvent): MonitoringReactionCommand[] {
  switch (event.type) {
    case 'planning.PlanApproved':
      return approved(event);
    case 'planning.PlanCompleted':
    case 'planning.PlanClosed':
      return ended(event);
    default:
      return [];
  }
}

/** What monitoring does when planning's topic says something about a plan: pure, from one event to monitoring's commands. */
export const followPlanWhenPlanningDecides: Reaction<PlanningTopicEvent, MonitoringReactionCommand> = {
  name: 'follow-plan-when-planning-decides',
  handles: HANDLED,
  react,
};
