import type { IntakeTopicEvent } from '@homeward/contracts/intake';
import type { Projection } from '@homeward/events';
import { CASE_REPORT, emptyCaseReport, type CaseReportDocument } from './case-report.document';
import { evolveMonitoringFact, MONITORING_FACTS, type MonitoringFact } from './evolve-monitoring-facts';
import { evolvePlanFact, PLAN_FACTS, type PlanFact } from './evolve-plan-facts';
import { evolveReferralFact, REFERRAL_FACTS, type ReferralFact } from './evolve-referral-facts';

type Erased = Extract<IntakeTopicEvent, { type: 'intake.ReturneeErased' }>;
type ReportedFact = MonitoringFact | PlanFact | ReferralFact | Erased;

const HANDLES = [...MONITORING_FACTS, ...PLAN_FACTS, ...REFERRAL_FACTS, 'intake.ReturneeErased'] as const;

/**
 * The monitoring reports' read model, one document per case. Read by the case's id only (the
 * document's key), so it declares no secondary index: a query through anything else is refused.
 */
export const caseReportProjection: Projection<CaseReportDocument, ReportedFact> = {
  name: 'monitoring.case-report',
  collection: CASE_REPORT,
  indexes: [],
  handles: HANDLES,
  documentId: (event) => event.data.caseId,
  evolve: (doc, fact) => evolveCaseReport(doc ?? emptyCaseReport(fact.data.caseId), fact),
};

function evolveCaseReport(doc: CaseReportDocument, fact: ReportedFact): CaseReportDocument {
  if (fact.type === 'intake.ReturneeErased') {
    // Her words go with her: W-model points keep their day, dimension, direction and intensity.
    return { ...doc, erasedAt: fact.data.erasedAt, wPoints: doc.wPoints.map(({ whatHappened: _gone, ...point }) => point) };
  }
  if (fact.type.startsWith('monitoring.')) return evolveMonitoringFact(doc, fact as MonitoringFact);
  if (fact.type.startsWith('planning.')) return evolvePlanFact(doc, fact as PlanFact);
  return evolveReferralFact(doc, fact as ReferralFact);
}
