import { Inject, Injectable } from '@nestjs/common';
import { evolveMonitoring, initialMonitoringState, MonitoringError, type CaseMonitoring, type MonitoredPlan } from '@homeward/domain';
import type { MonitoringEvent } from '@homeward/contracts/monitoring';
import { inScope, INFRASTRUCTURE, type Infrastructure, type Principal } from '@homeward/platform';

export const monitoringStreamId = (caseId: string): string => `monitoring-${caseId}`;

/** A case followed by monitoring: one whose plan approval it noted. */
export type MonitoredCase = CaseMonitoring & { plan: MonitoredPlan };

/**
 * A case's monitoring as its stream says it is now, for the reads that need the whole of it (the
 * schedule, the RSS trend): folded with the domain's evolve, never taken from a read model.
 */
@Injectable()
export class MonitoringReader {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async stateOf(caseId: string): Promise<CaseMonitoring> {
    const history = await this.infra.store.readStream(monitoringStreamId(caseId));
    return history.reduce((s, e) => evolveMonitoring(s, e as unknown as MonitoringEvent), initialMonitoringState());
  }

  async monitoredFor(caseId: string, principal: Principal): Promise<MonitoredCase> {
    return visibleMonitoring(await this.stateOf(caseId), principal, caseId);
  }
}

/** A case outside the caller's countries answers as one not monitored, to reads and writes alike: that it exists is not theirs to learn. */
export function visibleMonitoring(state: CaseMonitoring, principal: Principal, caseId: string): MonitoredCase {
  if (!state.plan || !inScope(principal, state.plan.country)) throw new MonitoringError('MONITORING_NOT_FOUND', `No approved plan is monitored for case ${caseId}`, 'caseId');
  return state as MonitoredCase;
}
