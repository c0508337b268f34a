import { PlanningError } from './planning.errors';
import type { PlanContent, PlanElement } from './plan-content';
import type { Plan } from './plan.state';

export interface FieldChange {
  field: string;
  /** Absent when the field had no value. */
  from?: unknown;
  to?: unknown;
}

export interface ElementChange {
  elementId: string;
  changes: FieldChange[];
}

/** What a version changes in another, readable by the returnee's case manager and an auditor alike. */
export interface PlanDiff {
  added: PlanElement[];
  removed: PlanElement[];
  changed: ElementChange[];
  /** The plan-level arrangements that changed (follow-up, exit strategy…). */
  arrangements: FieldChange[];
}

const ELEMENT_FIELDS = ['type', 'description', 'provider', 'responsibility', 'startOn', 'endOn', 'status', 'fromGrid'] as const satisfies readonly (keyof PlanElement)[];
const PLAN_FIELDS = [
  'followUp',
  'feedbackCollection',
  'informationExchange',
  'estimatedDurationMonths',
  'exitStrategy',
  'transitionToMainstream',
  'baselineScores',
] as const satisfies readonly Exclude<keyof PlanContent, 'elements'>[];

/** Elements are matched by id: a changed provider is a change, a new id an addition. */
export function diffContents(from: PlanContent, to: PlanContent): PlanDiff {
  const before = new Map(from.elements.map((e) => [e.elementId, e]));
  const after = new Map(to.elements.map((e) => [e.elementId, e]));
  const changed = to.elements
    .filter((e) => before.has(e.elementId))
    .map((e) => ({ elementId: e.elementId, changes: fieldChanges(before.get(e.elementId)!, e, ELEMENT_FIELDS) }))
    .filter((c) => c.changes.length);
  return {
    added: to.elements.filter((e) => !before.has(e.elementId)),
    removed: from.elements.filter((e) => !after.has(e.elementId)),
    changed,
    arrangements: fieldChanges(from, to, PLAN_FIELDS),
  };
}

/** The diff between any two versions of a plan, the earlier one first whichever is named first. */
export function diffVersions(plan: Plan, a: number, b: number): PlanDiff & { from: number; to: number } {
  const [from, to] = [Math.min(a, b), Math.max(a, b)].map((n) => {
    const version = plan.versions.find((v) => v.number === n);
    if (!version) throw new PlanningError('PLAN_VERSION_NOT_FOUND', `The plan has no version ${n}`, 'version');
    return version;
  });
  return { from: from.number, to: to.number, ...diffContents(from.content, to.content) };
}

function fieldChanges<T extends object>(from: T, to: T, fields: readonly (keyof T & string)[]): FieldChange[] {
  return fields
    .filter((field) => canonical(from[field]) !== canonical(to[field]))
    .map((field) => ({ field, ...(from[field] !== undefined ? { from: from[field] } : {}), ...(to[field] !== undefined ? { to: to[field] } : {}) }));
}

/** The same value whatever the order of its keys. */
function canonical(value: unknown): string {
  if (value === undefined) return '';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  return `{${Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
    .join(',')}}`;
}
