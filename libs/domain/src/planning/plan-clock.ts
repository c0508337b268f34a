import type { PlanState } from './plan.state';

/** A reintegration plan is ideally finalised within one month of return (handbook 2.3). */
export const PLAN_DUE_AFTER_MONTHS = 1;

/**
 * Where a case stands against its one-month deadline on a day: not started (no arrival), due,
 * overdue, met (a version approved), or stopped (the plan suspended, closed or completed unapproved).
 */
export type PlanClock =
  | { status: 'not_started' }
  | { status: 'due' | 'overdue'; dueOn: string }
  | { status: 'met'; dueOn: string; finalisedOn: string }
  | { status: 'stopped'; dueOn: string };

export function planClock(state: PlanState, today: string): PlanClock {
  if (state.status === 'none') return { status: 'not_started' };
  if (state.finalisedOn) return { status: 'met', dueOn: state.dueOn, finalisedOn: state.finalisedOn };
  if (state.status === 'suspended' || state.status === 'closed' || state.status === 'completed') return { status: 'stopped', dueOn: state.dueOn };
  return { status: today > state.dueOn ? 'overdue' : 'due', dueOn: state.dueOn };
}
