import { evolvePlan, initialPlanState, type Plan, type PlanStatus, type PlanVersion } from '@homeward/domain';
import type { PlanEvent, SuspensionReason } from '@homeward/contracts/planning';

/** The events that move a plan's stage or its clock; consents, allocations and referrals move neither. */
export const STAGE_EVENTS = [
  'planning.PlanDue',
  'planning.PlanDerogationGranted',
  'planning.PlanInputsRecorded',
  'planning.PlanDrafted',
  'planning.PlanRevised',
  'planning.PlanSubmitted',
  'planning.PlanApproved',
  'planning.PlanActivated',
  'planning.PlanSuspended',
  'planning.PlanCompleted',
  'planning.PlanClosed',
] as const;
export type StageEvent = Extract<PlanEvent, { type: (typeof STAGE_EVENTS)[number] }>;

export interface VersionStage {
  number: number;
  status: PlanVersion['status'];
}

/** A plan without its words: where it stands, against which deadline, in which country. */
export interface PlanOutline {
  caseId: string;
  /** The office holding the plan: the country the returnee came back to. */
  country: string;
  arrivalDate: string;
  dueOn: string;
  status: PlanStatus;
  /** The day a version was first approved: the plan clock stopped. */
  finalisedOn?: string;
  flag?: SuspensionReason;
  versions: VersionStage[];
}

/**
 * The outline after one more event. The domain's own evolve judges the stage (revised while a version
 * is in force, suspended while flagged…), so a list never disagrees with what a command would decide;
 * it is handed the outline with empty contents, which no stage depends on.
 */
export function evolveOutline(outline: PlanOutline | null, event: StageEvent): PlanOutline | null {
  if (event.type === 'planning.PlanDue') return outlineOf(evolvePlan(initialPlanState(), event) as Plan);
  if (!outline) return null;
  return outlineOf(evolvePlan(asPlan(outline), event) as Plan);
}

function asPlan({ versions, ...outline }: PlanOutline): Plan {
  return {
    ...outline,
    returneeId: '',
    facts: { consents: [], screenings: [] },
    versions: versions.map((v) => ({ ...v, content: { elements: [] }, changedOn: '', changedAt: '' })),
    allocations: {},
    disbursementIds: [],
    referred: {},
  };
}

function outlineOf(plan: Plan): PlanOutline {
  const { caseId, country, arrivalDate, dueOn, status, finalisedOn, flag } = plan;
  return {
    caseId,
    country,
    arrivalDate,
    dueOn,
    status,
    ...(finalisedOn ? { finalisedOn } : {}),
    ...(flag ? { flag } : {}),
    versions: plan.versions.map(({ number, status: stage }) => ({ number, status: stage })),
  };
}
