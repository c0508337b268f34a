import type { PlanEvent } from '@homeward/contracts/planning';
import { checkContent, versionParts } from './plan-content';
import type { DraftPlan, RevisePlan } from './plan.commands';
import { livePlan } from './plan.guards';
import { latestVersion, versionInForce, type PlanState } from './plan.state';
import { PlanningError } from './planning.errors';

/** A draft is written and rewritten until it is submitted: each event holds the version as it now is. */
export function draftPlan({ data, metadata }: DraftPlan, state: PlanState): PlanEvent[] {
  const plan = livePlan(state, data.caseId);
  const latest = latestVersion(plan);
  if (latest && latest.status !== 'draft') {
    throw new PlanningError('PLAN_NOT_DRAFT', `Version ${latest.number} is ${latest.status}; ${latest.status === 'active' ? 'revise the plan to change it' : 'only a draft can be changed'}`);
  }
  checkContent(data.content);
  const { structure, words } = versionParts(data.content);
  const version = latest?.number ?? 1;
  return [{ type: 'planning.PlanDrafted', data: { caseId: plan.caseId, version, draftedAt: metadata.now, draftedOn: metadata.today, ...structure, personal: words } }];
}

/**
 * A plan in force changes only by a new version, with its reason (handbook 2.3.3: plans are reviewed
 * and adapted as needs, goals and risks change). The new version starts as the one in force; it goes
 * through submission, approval and the returnee's consent again before it replaces it.
 */
export function revisePlan({ data, metadata }: RevisePlan, state: PlanState): PlanEvent[] {
  const plan = livePlan(state, data.caseId);
  const latest = latestVersion(plan);
  if (!latest || latest.status !== 'active') {
    if (latest && versionInForce(plan)) throw new PlanningError('REVISION_PENDING', `Version ${latest.number} is already a revision under way`);
    throw new PlanningError('PLAN_NOT_ACTIVE', 'No version is in force to revise: change the draft instead');
  }
  const content = data.content ?? latest.content;
  checkContent(content);
  const { structure, words } = versionParts(content);
  return [
    {
      type: 'planning.PlanRevised',
      data: {
        caseId: plan.caseId,
        version: latest.number + 1,
        fromVersion: latest.number,
        revisedAt: metadata.now,
        revisedOn: metadata.today,
        ...structure,
        personal: { ...words, reason: data.reason },
      },
    },
  ];
}
