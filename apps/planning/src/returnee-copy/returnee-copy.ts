import type { ElementProvider, ElementStatus, Instalment, Modality, PlanElementType, Responsibility } from '@homeward/contracts/planning';
import { PlanningError, type Plan, type PlanVersion } from '@homeward/domain';

/** What a returnee's copy says about one element: no grid reference, nothing the staff alone use. */
export interface CopyElement {
  type: PlanElementType;
  description: string;
  responsibility: Responsibility;
  provider?: ElementProvider;
  startOn?: string;
  endOn?: string;
  status: ElementStatus;
  /** The approved allocation paying for it, and how it is paid. */
  allocation?: { modality: Modality; amount: number; currency: string; instalments: Instalment[] };
}

/**
 * Everything the returnee's copy of one version holds (handbook 2.3.2: elements, dates,
 * providers, contacts, responsibilities, the exit strategy), and only that. Left out on purpose:
 * context notes, review notes, the reasons of a derogation or a revision, the criteria and risk
 * assessment of an allocation, baseline scores and grid references: the staff's, not the returnee's.
 */
export interface ReturneeCopy {
  caseId: string;
  /** As intake shared it under her consent to assistance; absent, the copy names the case. */
  returnee?: { firstName: string; lastName: string };
  version: { number: number; status: PlanVersion['status']; changedOn: string };
  arrivalDate: string;
  elements: CopyElement[];
  followUp?: string;
  feedbackCollection?: string;
  informationExchange?: string;
  estimatedDurationMonths?: number;
  exitStrategy?: string;
  transitionToMainstream?: string;
}

/** The copy of one version of a plan, picked field by field so that nothing new reaches the returnee's paper unreviewed. */
export function returneeCopyOf(plan: Plan, versionNumber: number, returnee?: ReturneeCopy['returnee']): ReturneeCopy {
  const version = plan.versions.find((v) => v.number === versionNumber);
  if (!version) throw new PlanningError('PLAN_VERSION_NOT_FOUND', `Plan of case ${plan.caseId} has no version ${versionNumber}`, 'version');
  const { content } = version;
  const approved = Object.values(plan.allocations).filter((a) => a.status === 'approved');
  return {
    caseId: plan.caseId,
    ...(returnee ? { returnee: { firstName: returnee.firstName, lastName: returnee.lastName } } : {}),
    version: { number: version.number, status: version.status, changedOn: version.changedOn },
    arrivalDate: plan.arrivalDate,
    elements: content.elements.map((e) => {
      const allocation = approved.find((a) => a.elementId === e.elementId);
      return definedOnly({
        type: e.type,
        description: e.description,
        responsibility: e.responsibility,
        provider: e.provider,
        startOn: e.startOn,
        endOn: e.endOn,
        status: e.status,
        allocation: allocation && { modality: allocation.modality, amount: allocation.amount, currency: allocation.currency, instalments: allocation.instalments },
      });
    }),
    ...definedOnly({
      followUp: content.followUp,
      feedbackCollection: content.feedbackCollection,
      informationExchange: content.informationExchange,
      estimatedDurationMonths: content.estimatedDurationMonths,
      exitStrategy: content.exitStrategy,
      transitionToMainstream: content.transitionToMainstream,
    }),
  };
}

function definedOnly<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
}
