import type { Dimension } from '@homeward/contracts/planning';
import type { MonitoringClosureReason } from './vocabulary';

/** A mainstream service the returnee is handed over to: an organisation, never a person. */
export interface Handover {
  organisation: string;
  dimension: Dimension;
}

/** Monitoring of the case ended, with the reason and the handover to mainstream services; the note is personal. Alerts stop. */
export interface MonitoringClosed {
  type: 'monitoring.MonitoringClosed';
  data: { caseId: string; reason: MonitoringClosureReason; closedOn: string; handover: Handover[]; closedAt: string; personal?: { note?: string } };
}

/** Monitoring of a closed case started again; the reason is personal. */
export interface MonitoringReopened {
  type: 'monitoring.MonitoringReopened';
  data: { caseId: string; reopenedAt: string; personal: { reason: string } };
}

export type ClosureEvent = MonitoringClosed | MonitoringReopened;
