import type { PlanningTopicEvent } from '@homeward/contracts/planning';
import type { CaseReportDocument, ReportedPlanVersion } from './case-report.document';
import { elementsOf, withVersion } from './evolve-monitoring-facts';

export const PLAN_FACTS = ['planning.PlanDrafted', 'planning.PlanRevised', 'planning.PlanApproved', 'planning.PlanActivated', 'planning.PlanCompleted', 'planning.PlanClosed'] as const;
export type PlanFact = Extract<PlanningTopicEvent, { type: (typeof PLAN_FACTS)[number] }>;

/**
 * What planning's topic tells the report of the plan's versions: their days, elements and the
 * statuses planning holds for them (their words stay in planning). The elements the report follows
 * are those of the version last approved.
 */
export function evolvePlanFact(doc: CaseReportDocument, fact: PlanFact): CaseReportDocument {
  switch (fact.type) {
    case 'planning.PlanDrafted':
    case 'planning.PlanRevised': {
      const { version, elements } = fact.data;
      const known = doc.planVersions.find((v) => v.version === version);
      const changedOn = fact.type === 'planning.PlanDrafted' ? fact.data.draftedOn : fact.data.revisedOn;
      const fromVersion = fact.type === 'planning.PlanRevised' ? fact.data.fromVersion : undefined;
      const drafted: ReportedPlanVersion = {
        ...known,
        version,
        changedOn,
        ...(fromVersion ? { fromVersion } : {}),
        elements: elements.map((e) => ({ elementId: e.elementId, type: e.type, status: e.status })),
      };
      const next = withVersion(doc, drafted);
      return drafted.approvedOn ? { ...next, elements: elementsOf(doc.elements, drafted) } : next;
    }
    case 'planning.PlanApproved':
      return changeVersion(doc, fact.data.version, (v) => ({ ...v, approvedOn: v.approvedOn ?? fact.data.approvedAt.slice(0, 10) }), true);
    case 'planning.PlanActivated':
      return changeVersion(doc, fact.data.version, (v) => ({ ...v, activatedOn: fact.data.activatedAt.slice(0, 10) }), false);
    case 'planning.PlanCompleted':
      return doc.planEnded ? doc : { ...doc, planEnded: { outcome: 'completed', endedOn: fact.data.completedAt.slice(0, 10) } };
    case 'planning.PlanClosed':
      return doc.planEnded ? doc : { ...doc, planEnded: { outcome: fact.data.reason, endedOn: fact.data.closedAt.slice(0, 10) } };
  }
}

function changeVersion(doc: CaseReportDocument, number: number, change: (v: ReportedPlanVersion) => ReportedPlanVersion, follow: boolean): CaseReportDocument {
  const known = doc.planVersions.find((v) => v.version === number);
  if (!known) return doc;
  const changed = change(known);
  const next = withVersion(doc, changed);
  return follow ? { ...next, elements: elementsOf(doc.elements, changed) } : next;
}
