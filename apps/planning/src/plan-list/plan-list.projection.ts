import type { Projection } from '@homeward/events';
import { evolveOutline, STAGE_EVENTS, type PlanOutline, type StageEvent, type VersionStage } from '../plan-outline';

export const PLAN_LIST = 'plan_list';

/** One plan in the lists of an office: its stage, its latest version, its deadline, its last change. */
export interface PlanListItem extends Omit<PlanOutline, 'versions'> {
  /** The latest version and its stage; absent while no draft exists. */
  version?: VersionStage;
  lastChangedAt: string;
}

/** As stored: the stage of every version, which the plan's status is judged from. */
export type PlanListDocument = PlanListItem & { basis: { versions: VersionStage[] } };

export const planListProjection: Projection<PlanListDocument, StageEvent> = {
  name: 'planning.plan-list',
  collection: PLAN_LIST,
  // A country's plans at a stage (or all of them), the last changed first; the same without a country for callers of every country.
  indexes: [{ fields: ['country', 'status', 'lastChangedAt'] }, { fields: ['country', 'lastChangedAt'] }, { fields: ['status', 'lastChangedAt'] }, { fields: ['lastChangedAt'] }],
  handles: STAGE_EVENTS,
  documentId: (event) => event.data.caseId,
  evolve: (doc, event) => {
    const outline = evolveOutline(doc && { ...withoutBasis(doc), versions: doc.basis.versions }, event);
    if (!outline) return null;
    const { versions, ...rest } = outline;
    const latest = versions[versions.length - 1];
    return { ...rest, ...(latest ? { version: latest } : {}), lastChangedAt: event.occurredAt, basis: { versions } };
  },
};

function withoutBasis({ basis: _b, version: _v, lastChangedAt: _l, ...outline }: PlanListDocument): Omit<PlanOutline, 'versions'> {
  return outline;
}
