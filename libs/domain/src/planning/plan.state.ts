import type { Urgency } from '@homeward/contracts/intake';
import { planEventAfterErasure, type AssessmentReference, type PlanEvent, type SuspensionReason } from '@homeward/contracts/planning';
import { evolveAllocations, type AllocationState } from './allocation.state';
import { exhaustive } from '../shared/exhaustive';
import { noteConsent, type NotedConsent } from '../consent/noted-consent';
import { contentOf, providerKey, type PlanContent } from './plan-content';

export interface PlanVersion {
  number: number;
  status: 'draft' | 'submitted' | 'approved' | 'active' | 'superseded';
  content: PlanContent;
  /** The day and moment of its last change: a consent dated or recorded before it does not cover it. */
  changedOn: string;
  changedAt: string;
  fromVersion?: number;
}

/** What intake told planning about the case, kept from before the arrival on. */
export interface CaseFacts {
  consents: NotedConsent[];
  /** The vulnerabilities intake screened, by urgency: the areas stay in intake. */
  screenings: Array<{ screeningId: string; urgency: Urgency; screenedAt: string }>;
  /** When intake erased her: the plan takes nothing more. */
  erasedAt?: string;
  preDeparturePlan?: { sessionId: string; reviewed: boolean };
}

export interface PlanInputs {
  goals: string[];
  motivations: string[];
  goalsSource: 'counselling_session' | 'case_manager';
  sessionId?: string;
  assessments: AssessmentReference[];
  contextNotes?: string;
}

/** `revised`: a version is in force while the next one is worked on. `suspended`: flagged until a new version is consented to. */
export type PlanStatus = 'due' | 'draft' | 'submitted' | 'approved' | 'active' | 'revised' | 'suspended' | 'completed' | 'closed';

export interface Plan {
  status: PlanStatus;
  caseId: string;
  returneeId: string;
  country: string;
  arrivalDate: string;
  dueOn: string;
  /** The day a version was first approved: the plan clock stops. */
  finalisedOn?: string;
  facts: CaseFacts;
  inputs?: PlanInputs;
  versions: PlanVersion[];
  flag?: SuspensionReason;
  allocations: Record<string, AllocationState>;
  disbursementIds: string[];
  /** The provider each element was referred to, so a revision refers only what changed. */
  referred: Record<string, string>;
}

/** Before the arrival: no plan is due yet, but what intake says is kept. */
export interface NoPlan {
  status: 'none';
  facts: CaseFacts;
}

export type PlanState = NoPlan | Plan;

export const initialPlanState = (): PlanState => ({ status: 'none', facts: { consents: [], screenings: [] } });

export function evolvePlan(state: PlanState, recorded: PlanEvent): PlanState {
  // Once the returnee is erased her plan's words read as erased: the fold goes on with the structure.
  const event = planEventAfterErasure(recorded);
  switch (event.type) {
    case 'planning.ConsentNoted':
      return { ...state, facts: { ...state.facts, consents: noteConsent(state.facts.consents, event.data) } };
    case 'planning.PreDeparturePlanNoted':
      return { ...state, facts: { ...state.facts, preDeparturePlan: { sessionId: event.data.sessionId, reviewed: false } } };
    case 'planning.ReturneeErasureNoted':
      return { ...state, facts: { ...state.facts, erasedAt: event.data.erasedAt } };
    case 'planning.VulnerabilityScreeningNoted': {
      const { screeningId, urgency, screenedAt } = event.data;
      return { ...state, facts: { ...state.facts, screenings: [...state.facts.screenings, { screeningId, urgency, screenedAt }] } };
    }
    case 'planning.PlanDue': {
      const { caseId, returneeId, country, arrivalDate, dueOn } = event.data;
      return { status: 'due', caseId, returneeId, country, arrivalDate, dueOn, facts: state.facts, versions: [], allocations: {}, disbursementIds: [], referred: {} };
    }
  }
  if (state.status === 'none') return state;
  return evolveExistingPlan(state, event);
}

function evolveExistingPlan(plan: Plan, event: PlanEvent): Plan {
  switch (event.type) {
    case 'planning.ConsentNoted':
    case 'planning.PreDeparturePlanNoted':
    case 'planning.VulnerabilityScreeningNoted':
    case 'planning.ReturneeErasureNoted':
    case 'planning.PlanDue':
      return plan;
    case 'planning.PlanDerogationGranted':
      return { ...plan, dueOn: event.data.dueOn };
    case 'planning.PreDeparturePlanReviewed':
      return { ...plan, facts: { ...plan.facts, preDeparturePlan: { sessionId: event.data.sessionId, reviewed: true } } };
    case 'planning.PlanInputsRecorded': {
      const { goalsSource, sessionId, assessments, personal } = event.data;
      return { ...plan, inputs: { goalsSource, ...(sessionId ? { sessionId } : {}), assessments, goals: personal?.goals ?? [], motivations: personal?.motivations ?? [], ...(personal?.contextNotes ? { contextNotes: personal.contextNotes } : {}) } };
    }
    case 'planning.PlanDrafted': {
      const { caseId: _c, version, draftedAt, draftedOn, personal, ...structure } = event.data;
      const drafted: PlanVersion = {
        ...(plan.versions.find((v) => v.number === version) ?? {}),
        number: version,
        status: 'draft',
        content: contentOf(structure, personal),
        changedOn: draftedOn,
        changedAt: draftedAt,
      };
      return withStatus({ ...plan, versions: [...plan.versions.filter((v) => v.number !== version), drafted] });
    }
    case 'planning.PlanRevised': {
      const { caseId: _c, version, fromVersion, revisedAt, revisedOn, personal, ...structure } = event.data;
      const { reason: _reason, ...words } = personal ?? { reason: '' };
      const revision: PlanVersion = { number: version, status: 'draft', content: contentOf(structure, words), changedOn: revisedOn, changedAt: revisedAt, fromVersion };
      return withStatus({ ...plan, versions: [...plan.versions, revision] });
    }
    case 'planning.PlanSubmitted':
      return withStatus(withVersion(plan, event.data.version, 'submitted'));
    case 'planning.PlanApproved':
      return withStatus({ ...withVersion(plan, event.data.version, 'approved'), finalisedOn: plan.finalisedOn ?? event.data.approvedAt.slice(0, 10) });
    case 'planning.PlanActivated': {
      const versions = plan.versions.map((v) => (v.number === event.data.version ? { ...v, status: 'active' as const } : v.status === 'active' ? { ...v, status: 'superseded' as const } : v));
      const { flag: _cleared, ...rest } = plan;
      return withStatus({ ...rest, versions });
    }
    case 'planning.ReferralRequested': {
      const element = { responsibility: 'provider' as const, provider: event.data.provider, elementId: event.data.elementId, type: event.data.elementType, status: 'planned' as const };
      return { ...plan, referred: { ...plan.referred, [event.data.elementId]: providerKey(element) } };
    }
    case 'planning.PlanSuspended':
      return withStatus({ ...plan, flag: event.data.reason });
    case 'planning.PlanCompleted':
      return { ...plan, status: 'completed' };
    case 'planning.PlanClosed':
      return { ...plan, status: 'closed' };
    case 'planning.AllocationDecided':
    case 'planning.AllocationApproved':
      return { ...plan, allocations: evolveAllocations(plan.allocations, event) };
    case 'planning.DisbursementRecorded':
      return { ...plan, allocations: evolveAllocations(plan.allocations, event), disbursementIds: [...plan.disbursementIds, event.data.disbursementId] };
    default:
      return exhaustive(event);
  }
}

const withVersion = (plan: Plan, number: number, status: PlanVersion['status']): Plan => ({
  ...plan,
  versions: plan.versions.map((v) => (v.number === number ? { ...v, status } : v)),
});

/** The plan's status follows its versions: the latest one's stage, `revised` while another is in force, `suspended` while flagged. */
function withStatus(plan: Plan): Plan {
  if (plan.status === 'completed' || plan.status === 'closed') return plan;
  return { ...plan, status: statusOf(plan) };
}

function statusOf(plan: Plan): PlanStatus {
  if (plan.flag) return 'suspended';
  const latest = latestVersion(plan);
  if (!latest) return 'due';
  if (latest.status === 'active') return 'active';
  if (versionInForce(plan)) return 'revised';
  // The latest version is never superseded: only an older one is, by its successor.
  return latest.status === 'superseded' ? 'active' : latest.status;
}

export const latestVersion = (plan: Plan): PlanVersion | undefined => plan.versions[plan.versions.length - 1];
export const versionInForce = (plan: Plan): PlanVersion | undefined => plan.versions.find((v) => v.status === 'active');
