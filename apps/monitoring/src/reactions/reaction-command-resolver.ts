import { Inject, Injectable } from '@nestjs/common';
import type { PlanOutcome } from '@homeward/contracts/monitoring';
import { inboxStreamId } from '@homeward/events';
import { INFRASTRUCTURE, OFFICE_CALENDAR, type Infrastructure, type OfficeCalendar } from '@homeward/platform';
import type { MonitoringCommandInput } from '../monitoring-commands/monitoring-commands';
import { MonitoringReader } from '../monitoring-commands/monitoring-stream';
import { MonitoringSettings } from '../settings/monitoring-settings';
import { approvedVersionOf } from './approved-version';

/** A plan version approved, as planning's event names it; the dispatcher completes it. */
export interface ApprovedPlanOf {
  type: 'NoteApprovedPlanOf';
  data: { caseId: string; planVersion: number; approvedAt: string };
}

/** A plan completed or closed, at an instant: its day is the office's. */
export interface PlanEndedAt {
  type: 'NotePlanEndedAt';
  data: { caseId: string; outcome: PlanOutcome; endedAt: string };
}

/** What monitoring's reactions and deadlines hand the dispatcher: commands ready to run, and ones still to complete. */
export type MonitoringReactionCommand = MonitoringCommandInput | ApprovedPlanOf | PlanEndedAt;

/** Planning's version is not all in the inbox yet (its events arrive in order, so soon): no fault of the event, so it is tried again. */
export class PlanVersionNotKnownYet extends Error {
  override readonly name = 'PlanVersionNotKnownYet';
}

/**
 * Completes what a pure reaction cannot know, just before the command runs: the approved version's
 * elements, country and first draft (from planning's events in this service's inbox, so the same on
 * every instance and after a rebuild), the programme's rules for that country, and days as the
 * office's calendar reads the instants planning gives.
 */
@Injectable()
export class ReactionCommandResolver {
  constructor(
    @Inject(INFRASTRUCTURE) private readonly infra: Infrastructure,
    @Inject(OFFICE_CALENDAR) private readonly calendar: OfficeCalendar,
    private readonly settings: MonitoringSettings,
    private readonly reader: MonitoringReader,
  ) {}

  /** The command to run, or none when there is nothing to act on (a plan ended that monitoring never followed). */
  async resolve(input: MonitoringReactionCommand): Promise<MonitoringCommandInput | null> {
    switch (input.type) {
      case 'NoteApprovedPlanOf':
        return this.approvedPlan(input);
      case 'NotePlanEndedAt': {
        const { plan } = await this.reader.stateOf(input.data.caseId);
        if (!plan) return null;
        const { caseId, outcome, endedAt } = input.data;
        return { type: 'NotePlanEnded', data: { caseId, outcome, endedOn: this.calendar.today(plan.country, new Date(endedAt)) } };
      }
      default:
        return input;
    }
  }

  private async approvedPlan({ data }: ApprovedPlanOf): Promise<MonitoringCommandInput> {
    const planEvents = await this.infra.store.readStream(inboxStreamId('planning', `plan-${data.caseId}`));
    const version = approvedVersionOf(planEvents, data.planVersion);
    if (!version) throw new PlanVersionNotKnownYet(`monitoring's inbox does not hold version ${data.planVersion} of the plan of case ${data.caseId} yet`);
    const { country, planCreatedOn, elements } = version;
    return {
      type: 'NoteApprovedPlan',
      data: { caseId: data.caseId, planVersion: data.planVersion, planCreatedOn, approvedOn: this.calendar.today(country, new Date(data.approvedAt)), country, elements, rules: this.settings.rulesFor(country) },
    };
  }
}
